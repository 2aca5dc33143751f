import asyncio


async def step(loop, name, seconds):
    await asyncio.sleep(seconds)
    print(f"{loop.time():.1f} s: {name} done")


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5  # (1)!
    try:
        async with asyncio.timeout_at(deadline):
            await step(loop, "connect", 1)
            await step(loop, "log in", 2)
            await step(loop, "download", 3)
    except TimeoutError:
        print(f"{loop.time():.1f} s: past the deadline")


asyncio.run(main())
