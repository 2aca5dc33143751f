import asyncio


async def careful_download():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("download: interrupted, cleaning up")
        raise  # (1)!
    return "the whole file"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1):
            result = await careful_download()
        print(f"got {result!r}")
    except TimeoutError:
        print(f"timed out after {loop.time() - start:.1f} s")


asyncio.run(main())
