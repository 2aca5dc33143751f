import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def poll():
    for attempt in range(1, 4):
        try:
            await asyncio.sleep(1)
            log(f"attempt {attempt} done")
        except asyncio.CancelledError:
            log(f"attempt {attempt} interrupted, stop")
            raise


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(1.5) as block:
            await poll()
        log(f"no TimeoutError, though expired() is {block.expired()}")
    except TimeoutError:
        log("TimeoutError")


asyncio.run(main())
