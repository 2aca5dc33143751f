import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def waiter(download):
    try:
        await download
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():  # (1)!
            log("waiter: I am being cancelled, so I pass it on")
            raise
        log("waiter: the download was cancelled, I go on without it")  # (2)!
        return "no download"


async def main():
    global START
    START = asyncio.get_running_loop().time()
    for cancelled in ("download", "waiter"):
        download = asyncio.create_task(asyncio.sleep(10))
        waiting = asyncio.create_task(waiter(download))
        await asyncio.sleep(1)
        log(f"main cancels the {cancelled}")
        if cancelled == "download":
            download.cancel()
        else:
            waiting.cancel()
        try:
            log(f"main: the waiter returned {await waiting!r}")
        except asyncio.CancelledError:
            log(f"main: the waiter is cancelled? {waiting.cancelled()}")


asyncio.run(main())
