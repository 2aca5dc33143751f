from aiohttp import web


async def handle(request):
    name = request.match_info.get("name", "Anonymous")  # (1)!
    return web.Response(text=f"Hello, {name}")


def make_app():
    app = web.Application()
    app.add_routes([web.get("/", handle), web.get("/{name}", handle)])
    return app


if __name__ == "__main__":
    web.run_app(make_app())  # (2)!
