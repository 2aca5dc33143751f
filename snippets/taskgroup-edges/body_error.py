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
        raise
    log(f"{name} done")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("profile", 1))
            group.create_task(fetch("orders", 3))
            await asyncio.sleep(2)
            raise ValueError("page 7 does not exist")  # (1)!
    except* ValueError as errors:
        log(f"caught {errors!r}")


asyncio.run(main())
