import asyncio


async def messages(gaps):
    for number, gap in enumerate(gaps, start=1):
        await asyncio.sleep(gap)
        yield f"message {number}"


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2) as idle:  # (1)!
            async for message in messages([1, 1.5, 0.5, 3]):
                print(f"{loop.time():.1f} s: {message}")
                idle.reschedule(loop.time() + 2)  # (2)!
    except TimeoutError:
        print(f"{loop.time():.1f} s: silent for 2 s, expired: {idle.expired()}")


asyncio.run(main())
