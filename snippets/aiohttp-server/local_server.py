import contextlib

from aiohttp import web


@contextlib.asynccontextmanager
async def serving(app, host="127.0.0.1", port=0):
    """Serve app until the block ends; yield its URL, such as http://127.0.0.1:41234."""
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()
