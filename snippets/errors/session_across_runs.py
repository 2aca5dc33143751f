import asyncio

import aiohttp
from aiohttp import web


async def hello(request):
    return web.Response(text="hello")


async def first_run():
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
    session = aiohttp.ClientSession()
    async with session.get(url) as response:
        print("first run:", await response.text())
    await runner.cleanup()
    return session, url


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


session, url = asyncio.run(first_run())
print("second run:", asyncio.run(fetch(session, url)))
