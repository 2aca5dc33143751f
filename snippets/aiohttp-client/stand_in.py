"""A local stand-in for https://httpbin.org: the examples on this page call it.

It answers a few of httpbin's routes the way httpbin does, on 127.0.0.1 and a
free port, so that the examples run without the internet.
"""

import asyncio
import contextlib

from aiohttp import web
from aiohttp.test_utils import TestServer

PAGE = """<!DOCTYPE html>
<html>
  <head>
  </head>
  <body>
      <h1>Herman Melville - Moby-Dick</h1>
      <p>Availing himself of the mild, summer-cool weather...</p>
  </body>
</html>
"""

SLIDESHOW = {
    "slideshow": {
        "author": "Yours Truly",
        "date": "date of publication",
        "slides": [
            {"title": "Wake up to WonderWidgets!", "type": "all"},
            {
                "items": [
                    "Why <em>WonderWidgets</em> are great",
                    "Who <em>buys</em> WonderWidgets",
                ],
                "title": "Overview",
                "type": "all",
            },
        ],
        "title": "Sample Slide Show",
    }
}


async def html(request):
    return web.Response(text=PAGE, content_type="text/html")


async def slideshow(request):
    return web.json_response(SLIDESHOW)


async def echo(request):
    return web.json_response({"json": await request.json(), "url": str(request.url)})


async def status(request):
    return web.Response(status=int(request.match_info["code"]))


async def delay(request):
    await asyncio.sleep(min(float(request.match_info["seconds"]), 10))
    return web.json_response({"url": str(request.url)})


def make_app():
    app = web.Application()
    app.add_routes(
        [
            web.get("/html", html),
            web.get("/json", slideshow),
            web.post("/post", echo),
            web.get(r"/status/{code:\d{3}}", status),
            web.get("/delay/{seconds}", delay),
        ]
    )
    return app


@contextlib.asynccontextmanager
async def serving():
    """Serve the stand-in; yield its base URL, such as http://127.0.0.1:41234."""
    async with TestServer(make_app()) as server:  # 127.0.0.1, a free port
        yield f"http://{server.host}:{server.port}"
