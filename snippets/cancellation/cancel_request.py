import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def download():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as cancelled:
        log(f"download sees {cancelled!r}")
        raise


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(download())
    await asyncio.sleep(1)

    log(f"cancel() returned {task.cancel('user pressed stop')}")
    log(f"cancelled yet? {task.cancelled()}")  # (1)!
    try:
        await task  # (2)!
    except asyncio.CancelledError:
        log(f"cancelled now? {task.cancelled()}")


asyncio.run(main())
