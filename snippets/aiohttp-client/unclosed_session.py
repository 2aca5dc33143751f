import asyncio

import aiohttp
from stand_in import serving


async def fetch_status(url):
    session = aiohttp.ClientSession()
    response = await session.get(url)
    return response.status  # the session is never closed


async def main():
    async with serving() as base_url:
        print(await fetch_status(f"{base_url}/html"))


asyncio.run(main())
