import asyncio
import time

from stand_ins import resolver


def stuck(getaddrinfo, *args):
    time.sleep(2)  # (1)!
    return getaddrinfo(*args)


async def tick(start):
    loop = asyncio.get_running_loop()
    for _ in range(2):
        await asyncio.sleep(0.4)
        print(f"tick at {loop.time() - start:.1f} s")


async def main(started):
    loop = asyncio.get_running_loop()
    start = loop.time()
    ticker = asyncio.create_task(tick(start))
    try:
        async with asyncio.timeout(1):
            await asyncio.open_connection("localhost", 80)
    except TimeoutError:
        print(f"gave up on the lookup after {loop.time() - start:.1f} s")
    await ticker
    print(f"main() returns after {time.monotonic() - started:.1f} s")


started = time.monotonic()
with resolver(stuck):
    asyncio.run(main(started))  # (2)!
print(f"asyncio.run() returned after {time.monotonic() - started:.1f} s")
