"""Stand-ins for IP-echo services, served on 127.0.0.1, for the examples and the tests.

Each fake answers after ``latency`` seconds, or fails the way a real service
may: an HTTP error, an HTML page, malformed JSON, JSON without the field, no
answer at all, or no server there. With ``headers``, ``chunks`` and ``raw``, the
tests make hostile ones too: endless bodies, gzip bombs, redirects, broken HTTP.
"""

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field

from aiohttp import web
from ip_services import Service

ADDRESS = "203.0.113.7"  # an address reserved for documentation (RFC 5737)


@dataclass
class Fake:
    name: str
    latency: float = 0.0
    body: str = f'{{"ip": "{ADDRESS}"}}'
    ip_attr: str | None = "ip"  # None: the service answers plain text
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)  # to add, or to replace
    #: The body, sent piece by piece as it is made, instead of ``body``: endless, huge.
    chunks: Callable[[], Iterable[bytes]] | None = None
    #: Sent as it is instead of an HTTP answer: broken HTTP, control characters.
    raw: bytes | None = None
    hang: bool = False  # accept the request, never answer
    refuse: bool = False  # nothing listens there: the connection is refused
    requests: int = 0  # how many requests arrived
    #: What became of each request, and when: ("answered", 0.3), ("cancelled", 0.5),
    #: in seconds since the fakes started.
    outcomes: list[tuple[str, float]] = field(default_factory=list)


def plain(name: str, latency: float = 0.0, body: str = ADDRESS, **how) -> Fake:
    """A fake that answers in plain text, as icanhazip.com does."""
    return Fake(name, latency, body=body, ip_attr=None, **how)


def content_type(body: str) -> str:
    if body.startswith("<"):
        return "text/html; charset=utf-8"
    kind = "application/json" if body.startswith("{") else "text/plain"
    return f"{kind}; charset=utf-8"


async def respond(request: web.Request, fake: Fake) -> web.StreamResponse:
    headers = {"Content-Type": content_type(fake.body), **fake.headers}
    if fake.chunks is None:
        return web.Response(
            status=fake.status, body=fake.body.encode(), headers=headers
        )
    response = web.StreamResponse(status=fake.status, headers=headers)
    await response.prepare(request)
    for chunk in fake.chunks():
        await response.write(chunk)
    return response


@contextlib.asynccontextmanager
async def serve(*fakes: Fake) -> AsyncIterator[list[Service]]:
    """Serve the fakes on 127.0.0.1; yield a Service for each, in the same order."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    by_name = {fake.name: fake for fake in fakes}

    async def answer(request: web.Request) -> web.StreamResponse:
        fake = by_name[request.match_info["name"]]
        fake.requests += 1
        try:
            if fake.hang:
                await asyncio.Event().wait()
            await asyncio.sleep(fake.latency)
            response = await respond(request, fake)
        except asyncio.CancelledError:  # the client went away
            fake.outcomes.append(("cancelled", loop.time() - started))
            raise
        fake.outcomes.append(("answered", loop.time() - started))
        return response

    async def answer_raw(reader, writer):  # with no HTTP server to refuse to send it
        request = await reader.readuntil(b"\r\n\r\n")  # GET /name HTTP/1.1 ...
        fake = by_name[request.split()[1].decode().lstrip("/")]
        fake.requests += 1
        writer.write(fake.raw)
        fake.outcomes.append(("answered", loop.time() - started))
        writer.close()
        await writer.wait_closed()

    app = web.Application()
    app.router.add_get("/{name}", answer)
    # Cancel a handler when its client goes away, so that the fakes see who gave up.
    runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    raw_server = await asyncio.start_server(answer_raw, "127.0.0.1", 0)
    with socket.socket() as nobody:  # bound, never listening: connections are refused
        nobody.bind(("127.0.0.1", 0))
        try:
            await site.start()
            listening, refusing = runner.addresses[0][1], nobody.getsockname()[1]
            raw = raw_server.sockets[0].getsockname()[1]
            services = []
            for fake in fakes:
                port = refusing if fake.refuse else raw if fake.raw else listening
                url = f"http://127.0.0.1:{port}/{fake.name}"
                services.append(Service(fake.name, url, fake.ip_attr))
            yield services
        finally:
            raw_server.close()
            await raw_server.wait_closed()
            await runner.cleanup()
