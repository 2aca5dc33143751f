import asyncio

import aiohttp
from aiohttp import web
from local_server import serving


async def greet(request):
    try:
        name = (await request.json())["name"]
    except (ValueError, TypeError, KeyError):
        error = {"error": "expected a JSON object with a name"}
        return web.json_response(error, status=400)
    return web.json_response({"greeting": f"Hello, {name}"})


def make_app():
    app = web.Application()
    app.add_routes([web.post("/greet", greet)])
    return app


async def main():
    async with serving(make_app()) as base_url:
        async with aiohttp.ClientSession(base_url) as session:
            for payload in {"name": "Alice"}, {"nom": "Alice"}:
                async with session.post("/greet", json=payload) as response:
                    print(response.status, await response.json())


asyncio.run(main())
