import asyncio

from lazy_range import lazy_range


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for number in lazy_range(3):  # (1)!
        print(f"{loop.time() - start:.1f} s: got {number}")


asyncio.run(main())
