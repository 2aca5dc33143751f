import asyncio
import contextlib

from sensor import readings


async def main():
    async with contextlib.aclosing(readings()) as numbers:  # (1)!
        async for number in numbers:
            print(f"got {number}")
            if number == 1:
                break
    print("main: done with the readings")
    await asyncio.sleep(1)
    print("main: returning")


asyncio.run(main())
