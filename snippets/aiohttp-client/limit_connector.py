import asyncio

import aiohttp
from stand_in import serving


async def fetch_status(session, url):
    async with session.get(url) as response:
        return response.status


async def main():
    loop = asyncio.get_running_loop()
    async with serving() as base_url:
        start = loop.time()
        connector = aiohttp.TCPConnector(limit=3)  # (1)!
        async with aiohttp.ClientSession(connector=connector) as session:
            async with asyncio.TaskGroup() as tg:
                for _ in range(10):
                    tg.create_task(fetch_status(session, f"{base_url}/delay/1"))
        print(f"10 one-second requests, 3 at a time: {loop.time() - start:.0f} s")


asyncio.run(main())
