"""Two slow websites on 127.0.0.1, so that the examples never need the internet.

``blocking_site`` is a plain ``http.server`` in a thread: its pages take
``delay`` seconds of real time. ``async_site`` is an aiohttp server on the
running event loop: its pages wait with ``asyncio.sleep(delay)``.
"""

import asyncio
import contextlib
import math
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiohttp import web


class SlowPage(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(self.server.delay)
        body = f"page {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # no access log on the terminal


@contextlib.contextmanager
def blocking_site(delay):
    """Serve slow pages from a thread; yield the site's address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowPage)
    server.delay = delay
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.asynccontextmanager
async def async_site(delay):
    """Serve slow pages from the running event loop; yield the site's address."""

    async def slow_page(request):
        await asyncio.sleep(delay)
        return web.Response(text=f"page {request.path}")

    app = web.Application()
    app.router.add_get("/{name}", slow_page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


def get(url):
    """Download a page; blocks until the whole response has arrived."""
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


def tenths(seconds):
    """Seconds rounded down to a tenth: a few milliseconds of overhead never show.

    (The 1e-9 keeps a sum such as 0.3 + 0.3 + 0.3 == 0.8999999999999999 at 0.9.)
    """
    return f"{math.floor(seconds * 10 + 1e-9) / 10:.1f} s"
