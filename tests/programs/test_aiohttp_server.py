"""The servers on the aiohttp page that run forever, served here on a free port and queried.

``hello_server.py`` and ``json_api.py`` end with ``web.run_app(make_app())``,
which serves on port 8080 of every interface until Ctrl+C. The page shows them
with ``tested_by`` pointing here: these tests load each file (without running
its ``__main__`` block), serve the very app its ``make_app()`` builds on
127.0.0.1, and make the requests the page talks about.
"""

from __future__ import annotations

import asyncio
import runpy

from aiohttp.test_utils import TestClient, TestServer

from harness.settings import SETTINGS

SNIPPETS = SETTINGS.root / "snippets" / "aiohttp-server"


def app_of(filename: str):
    """The app that ``make_app()`` of a snippet builds, the snippet loaded as a module."""
    namespace = runpy.run_path(str(SNIPPETS / filename), run_name=filename.removesuffix(".py"))
    return namespace["make_app"]()


def run(app, scenario):
    """Serve ``app`` on 127.0.0.1 and return what ``scenario(client)`` returns."""

    async def main():
        async with TestClient(TestServer(app)) as client:
            return await scenario(client)

    return asyncio.run(main())


def test_hello_server_greets_anonymous_at_the_root_and_by_name_below_it():
    async def scenario(client):
        answers = {}
        for path in "/", "/Alice":
            response = await client.get(path)
            answers[path] = (response.status, await response.text())
        return answers

    assert run(app_of("hello_server.py"), scenario) == {
        "/": (200, "Hello, Anonymous"),
        "/Alice": (200, "Hello, Alice"),
    }


def test_hello_server_has_no_route_two_levels_deep():
    async def scenario(client):
        return (await client.get("/Alice/Bob")).status

    assert run(app_of("hello_server.py"), scenario) == 404


def test_json_api_adds_notes_lists_them_and_refuses_a_body_without_text():
    async def scenario(client):
        created = await client.post("/notes", json={"text": "buy milk"})
        refused = await client.post("/notes", json=["buy milk"])
        listed = await client.get("/notes")
        return (
            (created.status, await created.json()),
            (refused.status, await refused.json()),
            (listed.status, await listed.json()),
        )

    created, refused, listed = run(app_of("json_api.py"), scenario)
    assert created == (201, {"id": 1, "text": "buy milk"})
    assert refused == (400, {"error": "send a JSON object with a 'text' field"})
    assert listed == (200, [{"id": 1, "text": "buy milk"}])
