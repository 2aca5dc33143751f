import asyncio

import aiohttp
from stand_in import serving


async def fetch_json(session, url):
    async with session.get(url) as response:
        return await response.json()


async def main():
    async with serving() as base_url:
        timeout = aiohttp.ClientTimeout(total=None, sock_read=2)  # (1)!
        async with aiohttp.ClientSession(timeout=timeout) as session:
            try:
                await fetch_json(session, f"{base_url}/delay/3")
            except aiohttp.ServerTimeoutError as error:  # (2)!
                print(repr(error))
                print("a TimeoutError too:", isinstance(error, TimeoutError))


asyncio.run(main())
