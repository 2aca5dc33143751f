import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise  # (1)!
    log(f"{name} done")


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("profile", 1))
            tg.create_task(fail(2))
            tg.create_task(fetch("basket", 3))
    except* ConnectionError as group:  # (2)!
        log(f"{type(group).__name__}: {group.message}")
        for error in group.exceptions:
            print(f"    {error!r}")


asyncio.run(main())
