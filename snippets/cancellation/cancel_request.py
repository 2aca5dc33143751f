import asyncio


async def download():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as cancelled:
        print(f"{loop.time():.1f} s: download sees {cancelled!r}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(download())
    await asyncio.sleep(1)

    print(f"{loop.time():.1f} s: cancel() returned {task.cancel('user pressed stop')}")
    print(f"{loop.time():.1f} s: cancelled yet? {task.cancelled()}")  # (1)!
    try:
        await task  # (2)!
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} s: cancelled now? {task.cancelled()}")


asyncio.run(main())
