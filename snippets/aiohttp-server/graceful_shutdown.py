import asyncio

import aiohttp
from aiohttp import web
from local_server import serving


def log(message):
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def slow_report(request):
    await asyncio.sleep(2)
    return web.Response(text="the report")


async def database(app):  # (1)!
    log("database connected")
    yield
    log("database closed")


async def on_shutdown(app):
    log("on_shutdown: the server no longer accepts connections")


def make_app():
    app = web.Application()
    app.add_routes([web.get("/report", slow_report)])
    app.cleanup_ctx.append(database)
    app.on_shutdown.append(on_shutdown)
    return app


async def fetch(session, url, after=0):
    await asyncio.sleep(after)
    try:
        async with session.get(url) as response:
            log(f"client got {await response.text()!r}")
    except aiohttp.ClientConnectionError as error:
        log(f"client failed: {type(error).__name__}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            async with serving(make_app()) as base_url:
                tg.create_task(fetch(session, f"{base_url}/report"))
                tg.create_task(fetch(session, f"{base_url}/report", after=1.5))
                await asyncio.sleep(1)
                log("stopping the server")
            log("server stopped")  # (2)!


asyncio.run(main())
