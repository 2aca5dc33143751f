from aiohttp import web

NOTES = web.AppKey("notes", list)  # (1)!


async def list_notes(request):
    return web.json_response(request.app[NOTES])  # (2)!


async def add_note(request):
    try:
        body = await request.json()
        text = body["text"]
    except (ValueError, TypeError, KeyError):  # (3)!
        error = {"error": "send a JSON object with a 'text' field"}
        return web.json_response(error, status=400)
    note = {"id": len(request.app[NOTES]) + 1, "text": text}
    request.app[NOTES].append(note)
    return web.json_response(note, status=201)  # (4)!


def make_app():
    app = web.Application()
    app[NOTES] = []
    app.add_routes([web.get("/notes", list_notes), web.post("/notes", add_note)])
    return app


if __name__ == "__main__":
    web.run_app(make_app())
