import asyncio


async def stubborn_download():
    try:
        await asyncio.sleep(10)
    except BaseException:  # (1)!
        print("download: interrupted, carrying on regardless")
    return "half a file"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1):
            result = await stubborn_download()
        print(f"no timeout? got {result!r} after {loop.time() - start:.1f} s")
    except TimeoutError:
        print("timed out")


asyncio.run(main())
