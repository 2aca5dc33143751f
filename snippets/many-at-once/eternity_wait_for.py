import asyncio


async def eternity():
    await asyncio.sleep(3600)  # sleep for one hour
    print("yay!")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)  # (1)!
    except TimeoutError:  # (2)!
        print(f"timeout! after {loop.time() - start:.1f} s")


asyncio.run(main())
