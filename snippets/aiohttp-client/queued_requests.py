import asyncio

import aiohttp
from stand_in import serving


async def fetch(session, url, number):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with session.get(url) as response:
            await response.read()
        outcome = "answered"
    except TimeoutError:
        outcome = "timed out"
    print(f"request {number}: {outcome} after {loop.time() - start:.1f} s")


async def main():
    async with serving() as base_url:
        connector = aiohttp.TCPConnector(limit=2)
        timeout = aiohttp.ClientTimeout(total=2.5)
        session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        async with session, asyncio.TaskGroup() as tg:
            for number in range(1, 7):
                tg.create_task(fetch(session, f"{base_url}/delay/1", number))


asyncio.run(main())
