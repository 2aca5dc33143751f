import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def save():
    await asyncio.sleep(3)
    log("order saved")
    return "order 42"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    saving = asyncio.create_task(save())  # (1)!
    try:
        async with asyncio.timeout(1):
            await asyncio.shield(saving)  # (2)!
    except TimeoutError:
        log("gave up waiting, still saving")
    order = await saving  # (3)!
    log(f"{order} is safe")


asyncio.run(main())
