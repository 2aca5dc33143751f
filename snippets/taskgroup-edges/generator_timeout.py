import asyncio
import contextlib


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def readings():
    async with asyncio.timeout(1):  # (1)!
        for number in range(3):
            await asyncio.sleep(0.1)  # reading the sensor
            yield number  # (2)!


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with contextlib.aclosing(readings()) as stream:
            async for number in stream:
                log(f"got {number}")
                await asyncio.sleep(2)  # processing it, with no time limit
    except TimeoutError:
        log("the sensor timed out")  # (3)!
    except asyncio.CancelledError:
        log("main: cancelled, though nobody cancelled main")
        raise


asyncio.run(main())
