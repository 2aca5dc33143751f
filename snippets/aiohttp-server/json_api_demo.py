import asyncio

import aiohttp
from json_api import make_app
from local_server import serving


async def call(session, method, path, **options):
    async with session.request(method, path, **options) as response:
        print(f"{method} {path} -> {response.status} {await response.json()}")


async def main():
    async with serving(make_app()) as base_url:
        async with aiohttp.ClientSession(base_url) as session:
            await call(session, "POST", "/notes", json={"text": "buy milk"})
            await call(session, "POST", "/notes", json={"text": "call Bob"})
            await call(session, "POST", "/notes", data="not JSON")
            await call(session, "GET", "/notes")


asyncio.run(main())
