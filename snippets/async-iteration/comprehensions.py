import asyncio

from lazy_range import lazy_range


async def square(number):
    await asyncio.sleep(1)  # a slow computation, a web request...
    return number * number


async def main():
    loop = asyncio.get_running_loop()

    evens = [n async for n in lazy_range(6, delay=0) if n % 2 == 0]  # (1)!
    print(f"evens: {evens}")

    start = loop.time()
    squares = [await square(n) for n in evens]  # (2)!
    print(f"squares: {squares} after {loop.time() - start:.0f} s")

    start = loop.time()
    squares = await asyncio.gather(*(square(n) for n in evens))  # (3)!
    print(f"squares: {squares} after {loop.time() - start:.0f} s")


asyncio.run(main())
