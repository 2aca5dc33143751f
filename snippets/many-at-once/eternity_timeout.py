import asyncio


async def eternity():
    await asyncio.sleep(3600)  # sleep for one hour
    print("yay!")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1.0) as budget:  # (1)!
            await eternity()
    except TimeoutError:
        print(f"timeout! after {loop.time() - start:.1f} s")
    print(f"expired: {budget.expired()}")  # (2)!


asyncio.run(main())
