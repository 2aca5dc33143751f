import asyncio

import aiohttp

URL = "https://httpbin.org/html"


async def fetch_text(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main(url=URL):
    async with aiohttp.ClientSession() as session:
        text = await fetch_text(session, url)
    print(f"{text:.70}...")


if __name__ == "__main__":
    asyncio.run(main())
