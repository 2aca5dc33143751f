import asyncio

from lazy_range import lazy_range


async def main():
    for number in lazy_range(3):
        print(number)


asyncio.run(main())
