import asyncio


async def transfer(loop):
    print(f"{loop.time():.1f} s: connection open")
    try:
        await asyncio.sleep(60)  # a long transfer
    finally:
        await asyncio.sleep(0.5)  # (1)!
        print(f"{loop.time():.1f} s: connection closed")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(transfer(loop))
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} s: transfer cancelled")


asyncio.run(main())
