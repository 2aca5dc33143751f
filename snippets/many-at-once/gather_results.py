import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} arrived")
    return f"{name} ({seconds} s)"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(  # (1)!
        fetch("weather", 3),
        fetch("news", 1),
        fetch("rates", 2),
    )
    print(results)  # (2)!
    print(f"took {loop.time() - start:.1f} s")


asyncio.run(main())
