import asyncio


async def report(name, coro):
    loop = asyncio.get_running_loop()
    try:
        await coro
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} s: {name} cancelled")
        raise


async def main():
    download = asyncio.create_task(report("download", asyncio.sleep(10)))
    waiter = asyncio.create_task(report("waiter", download))  # (1)!
    await asyncio.sleep(1)
    waiter.cancel()  # (2)!
    await asyncio.wait([download, waiter])
    print(f"download cancelled? {download.cancelled()}")


asyncio.run(main())
