import asyncio


async def check(name):
    raise ConnectionError(f"{name} is down")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("db"))
        tg.create_task(check("cache"))


asyncio.run(main())
