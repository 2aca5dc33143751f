import asyncio


async def checksum(data):  # (1)!
    return sum(data) % 256


async def hasher():
    for block in range(3):
        await checksum(range(block * 1000))
        print(f"hasher: block {block}")


async def ticker():
    for tick in range(3):
        print(f"ticker: tick {tick}")
        await asyncio.sleep(0)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(hasher())
        tg.create_task(ticker())


asyncio.run(main())
