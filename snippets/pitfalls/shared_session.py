import asyncio

import aiohttp
from local_server import counting_server


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main():
    async with counting_server() as (url, connections):
        async with aiohttp.ClientSession() as session:  # (1)!
            for _ in range(10):
                await fetch(session, url)
        print(f"10 requests, {len(connections)} connection")


asyncio.run(main())
