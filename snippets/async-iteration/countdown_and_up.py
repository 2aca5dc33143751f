import asyncio

from lazy_range import lazy_range


async def countdown(start):
    async for index in lazy_range(start, delay=0):
        yield start - index


async def g(x):
    async for number in countdown(x):  # (1)!
        yield number
    async for number in lazy_range(x, delay=0):
        yield number


async def main():
    print([number async for number in g(5)])


asyncio.run(main())
