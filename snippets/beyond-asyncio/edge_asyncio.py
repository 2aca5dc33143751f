import asyncio
import contextlib


async def main():
    loop = asyncio.get_running_loop()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2):
            try:
                await asyncio.sleep(10)
            finally:
                print(f"{loop.time():.0f} s: cancelled, cleaning up")
                await asyncio.sleep(1)  # (1)!
                print(f"{loop.time():.0f} s: the clean-up ran to the end")
    print(f"{loop.time():.0f} s: after the timeout")


asyncio.run(main())
