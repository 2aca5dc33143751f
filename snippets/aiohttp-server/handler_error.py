import asyncio

import aiohttp
from aiohttp import web
from local_server import serving


async def average(request):
    numbers = [int(n) for n in request.query.getall("n", [])]
    return web.json_response({"average": sum(numbers) / len(numbers)})


async def main():
    app = web.Application()
    app.add_routes([web.get("/average", average)])
    async with serving(app) as base_url:
        async with aiohttp.ClientSession(base_url) as session:
            for query in "?n=2&n=4", "":
                async with session.get(f"/average{query}") as response:
                    print(f"/average{query}: {response.status} {response.reason}")


asyncio.run(main())
