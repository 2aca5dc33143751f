import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 5  # (1)!
    try:
        async with asyncio.timeout_at(deadline):
            for step in range(1, 4):
                await asyncio.sleep(2)  # one step of the work
                print(f"step {step} done at {loop.time() - start:.1f} s")
    except TimeoutError:
        print(f"deadline reached at {loop.time() - start:.1f} s, during step {step}")


asyncio.run(main())
