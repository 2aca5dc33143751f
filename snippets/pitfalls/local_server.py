"""A local HTTP server that counts the TCP connections it accepts."""

import contextlib

from aiohttp import web


@contextlib.asynccontextmanager
async def counting_server():
    connections = set()

    async def hello(request):
        connections.add(request.transport)  # one transport per TCP connection
        return web.Response(text="hello")

    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/", connections
    finally:
        await runner.cleanup()
