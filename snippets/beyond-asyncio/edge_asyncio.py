import asyncio
import contextlib


async def main():
    started = asyncio.get_running_loop().time()

    def log(message):
        print(f"{asyncio.get_running_loop().time() - started:.0f} s: {message}")

    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2):
            try:
                await asyncio.sleep(10)
            finally:
                log("cancelled, cleaning up")
                await asyncio.sleep(1)  # (1)!
                log("the clean-up ran to the end")
    log("after the timeout")


asyncio.run(main())
