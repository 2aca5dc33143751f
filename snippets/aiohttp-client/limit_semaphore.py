import asyncio

import aiohttp
from stand_in import serving


async def fetch_status(session, url, semaphore):
    async with semaphore:  # (1)!
        async with session.get(url) as response:
            return response.status


async def main():
    loop = asyncio.get_running_loop()
    async with serving() as base_url:
        start = loop.time()
        semaphore = asyncio.Semaphore(3)
        async with aiohttp.ClientSession() as session:
            async with asyncio.TaskGroup() as tg:
                for _ in range(10):
                    url = f"{base_url}/delay/1"
                    tg.create_task(fetch_status(session, url, semaphore))
        print(f"10 one-second requests, 3 at a time: {loop.time() - start:.0f} s")


asyncio.run(main())
