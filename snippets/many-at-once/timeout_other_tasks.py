import asyncio


async def work(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} done"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1):
            background = asyncio.create_task(work("background", 2))  # (1)!
            await work("awaited", 2)  # (2)!
    except TimeoutError:
        print(f"timeout at {loop.time() - start:.1f} s")
    print(f"{await background} at {loop.time() - start:.1f} s")  # (3)!


asyncio.run(main())
