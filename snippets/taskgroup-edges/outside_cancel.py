import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def download(name, cleanup_seconds):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(cleanup_seconds)  # (1)!
        log(f"{name}: partial file removed")
        raise


async def mirror():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(download("a.iso", 0.2))
            group.create_task(download("b.iso", 0.5))
    except asyncio.CancelledError:
        log("mirror: the group raised CancelledError, not an ExceptionGroup")
        raise


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(mirror())
    await asyncio.sleep(1)
    task.cancel()  # (2)!
    try:
        await task
    except asyncio.CancelledError:
        log(f"main: mirror cancelled: {task.cancelled()}")


asyncio.run(main())
