"""A small web site on 127.0.0.1 that counts how many requests it serves at once."""

import asyncio
import contextlib
from dataclasses import dataclass

from aiohttp import web


@dataclass
class Visits:
    in_flight: int = 0
    most_at_once: int = 0


@contextlib.asynccontextmanager
async def serve_site(seconds_per_page=1.0):
    """Serve /page/N, each page taking a while; yield the base URL and the counts."""
    visits = Visits()

    async def page(request):
        visits.in_flight += 1
        visits.most_at_once = max(visits.most_at_once, visits.in_flight)
        try:
            await asyncio.sleep(seconds_per_page)
            return web.Response(text=f"page {request.match_info['number']}")
        finally:
            visits.in_flight -= 1

    app = web.Application()
    app.router.add_get("/page/{number}", page)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}", visits
    finally:
        await runner.cleanup()
