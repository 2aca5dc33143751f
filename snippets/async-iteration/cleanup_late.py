import asyncio


async def readings():
    try:
        for number in range(100):
            await asyncio.sleep(0.1)
            yield number
    finally:
        print("readings: closing the sensor")  # (1)!


async def main():
    async for number in readings():
        print(f"got {number}")
        if number == 1:
            break  # (2)!
    print("main: done with the readings")
    await asyncio.sleep(1)
    print("main: returning")


asyncio.run(main())
