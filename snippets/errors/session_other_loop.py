import asyncio

import aiohttp


async def open_session():
    return aiohttp.ClientSession()


async def fetch(session, url):
    async with session.get(url) as response:
        return response.status


with asyncio.Runner() as setup, asyncio.Runner() as test:
    session = setup.run(open_session())  # (1)!
    try:
        test.run(fetch(session, "http://127.0.0.1:8080/"))
    finally:
        setup.run(session.close())
