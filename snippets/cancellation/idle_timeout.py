import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def messages(gaps):
    for number, gap in enumerate(gaps, start=1):
        await asyncio.sleep(gap)
        yield f"message {number}"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as idle:  # (1)!
            async for message in messages([1, 1.5, 0.5, 3]):
                log(f"{message}")
                idle.reschedule(loop.time() + 2)  # (2)!
    except TimeoutError:
        log(f"silent for 2 s, expired: {idle.expired()}")


asyncio.run(main())
