import asyncio


async def poll(loop):
    for attempt in range(1, 4):
        try:
            await asyncio.sleep(1)
            print(f"{loop.time():.1f} s: attempt {attempt} done")
        except asyncio.CancelledError:
            print(f"{loop.time():.1f} s: attempt {attempt} interrupted, stop")
            raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            await poll(loop)
        print(f"{loop.time():.1f} s: no TimeoutError")
    except TimeoutError:
        print(f"{loop.time():.1f} s: TimeoutError")


asyncio.run(main())
