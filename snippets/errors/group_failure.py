import asyncio


async def check(name, seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError(f"{name} is down")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("db", 1))
        tg.create_task(check("cache", 1))


asyncio.run(main())
