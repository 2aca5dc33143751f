import asyncio
import contextlib


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def readings():
    for number in range(3):
        async with asyncio.timeout(1):  # (1)!
            await asyncio.sleep(2 if number == 2 else 0.1)  # the third one hangs
        yield number  # (2)!


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with contextlib.aclosing(readings()) as stream:
            async for number in stream:
                log(f"got {number}")
                await asyncio.sleep(0.5)  # processing it, with no time limit
    except TimeoutError:
        log("the sensor timed out")


asyncio.run(main())
