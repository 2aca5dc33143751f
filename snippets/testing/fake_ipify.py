"""A fake ipify on 127.0.0.1, and a test case that starts it for every test."""

import unittest

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

ADDRESS = "203.0.113.7"  # (1)!


async def whats_my_ip(request: web.Request) -> web.Response:
    if request.query.get("format") == "json":  # (2)!
        return web.json_response({"ip": ADDRESS})
    return web.Response(text=ADDRESS)


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/", whats_my_ip)
    return app


class FakeIpifyTestCase(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):  # (3)!
        server = await self.enterAsyncContext(TestServer(make_app()))  # (4)!
        self.url = str(server.make_url("/"))
        self.session = await self.enterAsyncContext(aiohttp.ClientSession())
