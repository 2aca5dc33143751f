import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:  # (1)!
        print(f"{label} took {loop.time() - start:.1f} s")


async def main():
    async with timed("download"):
        await asyncio.sleep(1.5)

    try:
        async with timed("upload"):
            await asyncio.sleep(0.5)
            raise ConnectionError("connection lost")
    except ConnectionError as error:
        print(f"main caught {error!r}")


asyncio.run(main())
