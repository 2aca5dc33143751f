import asyncio

from sensor import readings


async def main():
    async for number in readings():
        print(f"got {number}")
        if number == 1:
            break  # (1)!
    print("main: done with the readings")
    await asyncio.sleep(1)
    print("main: returning")


asyncio.run(main())
