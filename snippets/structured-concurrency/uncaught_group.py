import asyncio


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(2))
        tg.create_task(asyncio.sleep(3))


asyncio.run(main())
