import asyncio

import aiohttp
from stand_in import serving


async def check(session, url):
    async with session.get(url) as response:
        print(f"{response.status} {response.reason}, ok: {response.ok}")  # (1)!
        try:
            response.raise_for_status()  # (2)!
        except aiohttp.ClientResponseError as error:
            print(f"  raise_for_status: {error.status}, {error.message}")


async def main():
    async with serving() as base_url:
        async with aiohttp.ClientSession() as session:
            for code in 200, 404, 503:
                await check(session, f"{base_url}/status/{code}")


asyncio.run(main())
