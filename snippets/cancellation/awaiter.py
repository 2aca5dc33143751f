import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def report(name, coro):
    try:
        await coro
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise


async def main():
    global START
    START = asyncio.get_running_loop().time()
    download = asyncio.create_task(report("download", asyncio.sleep(10)))
    waiter = asyncio.create_task(report("waiter", download))  # (1)!
    await asyncio.sleep(1)
    waiter.cancel()  # (2)!
    await asyncio.wait([download, waiter])
    print(f"download cancelled? {download.cancelled()}")


asyncio.run(main())
