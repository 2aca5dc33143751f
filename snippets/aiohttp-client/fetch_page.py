import asyncio

import aiohttp

URL = "https://httpbin.org/html"


async def fetch_text(session, url):
    async with session.get(url) as response:  # (1)!
        return await response.text()  # (2)!


async def main(url=URL):
    async with aiohttp.ClientSession() as session:  # (3)!
        text = await fetch_text(session, url)
    print(f"{text:.70}...")


if __name__ == "__main__":  # (4)!
    asyncio.run(main())
