import asyncio


async def readings():
    """A reading every 0.1 s; the sensor is closed at the end."""
    try:
        for number in range(100):
            await asyncio.sleep(0.1)
            yield number
    finally:
        print("readings: closing the sensor")  # (1)!
