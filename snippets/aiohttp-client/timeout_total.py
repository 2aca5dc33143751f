import asyncio

import aiohttp
from stand_in import serving


async def fetch_json(session, url, **options):
    async with session.get(url, **options) as response:
        return await response.json()


async def timed(session, base_url, path, **options):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await fetch_json(session, base_url + path, **options)
        outcome = "answered"
    except TimeoutError as error:  # (1)!
        outcome = repr(error)
    print(f"{path}: {outcome} after {loop.time() - start:.1f} s")


async def main():
    async with serving() as base_url:
        timeout = aiohttp.ClientTimeout(total=3)  # (2)!
        async with aiohttp.ClientSession(timeout=timeout) as session:
            await timed(session, base_url, "/delay/1")
            await timed(session, base_url, "/delay/5")
            longer = aiohttp.ClientTimeout(total=10)
            await timed(session, base_url, "/delay/5", timeout=longer)  # (3)!


asyncio.run(main())
