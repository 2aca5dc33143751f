import asyncio

import aiohttp
from local_server import counting_server


async def fetch(url):
    async with aiohttp.ClientSession() as session:  # (1)!
        async with session.get(url) as response:
            return await response.text()


async def main():
    async with counting_server() as (url, connections):
        for _ in range(10):
            await fetch(url)
        print(f"10 requests, {len(connections)} connections")


asyncio.run(main())
