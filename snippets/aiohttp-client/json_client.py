import asyncio

import aiohttp
from stand_in import serving


async def slide_titles(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        data = await response.json()  # (1)!
    return [slide["title"] for slide in data["slideshow"]["slides"]]


async def post_json(session, url, payload):
    async with session.post(url, json=payload) as response:  # (2)!
        response.raise_for_status()
        return await response.json()


async def main():
    async with serving() as base_url:
        async with aiohttp.ClientSession() as session:
            print(await slide_titles(session, f"{base_url}/json"))
            echoed = await post_json(session, f"{base_url}/post", {"name": "Alice"})
            print(echoed["json"])


asyncio.run(main())
