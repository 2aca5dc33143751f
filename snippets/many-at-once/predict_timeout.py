import asyncio


async def worker(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(2):
            await asyncio.gather(worker("quick", 1), worker("slow", 3))
        print("main: all finished")
    except TimeoutError:
        print(f"main: timed out after {loop.time() - start:.1f} s")


asyncio.run(main())
