import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def step(name, seconds):
    await asyncio.sleep(seconds)
    log(f"{name} done")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    deadline = START + 5  # (1)!
    try:
        async with asyncio.timeout_at(deadline):
            await step("connect", 1)
            await step("log in", 2)
            await step("download", 3)
    except TimeoutError:
        log("past the deadline")


asyncio.run(main())
