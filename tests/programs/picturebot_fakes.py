"""Stand-ins on 127.0.0.1 for what the picture bot talks to: the Telegram Bot API,
Openverse, Wikimedia Commons, a SOCKS5 proxy and an HTTP proxy. tests/programs/test_picturebot.py
uses them.

They run on an event loop in a thread of their own (``Services``), so that the
tests can drive real bot processes from ordinary, synchronous test functions.
Every method of ``Services`` is called from the test's thread.
"""

from __future__ import annotations

import asyncio
import base64
import io
import ipaddress
import struct
import threading
import time
from dataclasses import dataclass, field

from aiohttp import web
from PIL import Image

BOT_ID = 4242


# -- responses of the shape the real services give ----------------------------------


def openverse_response(word: str, image_url: str) -> dict:
    """``GET https://api.openverse.org/v1/images/?q=...``, one result, every field."""
    return {
        "result_count": 1,
        "page_count": 1,
        "page_size": 5,
        "page": 1,
        "results": [
            {
                "id": "4bc43a04-ef46-4544-a0c1-63c63f56e276",
                "title": f"A {word} in the sun",
                "indexed_on": "2020-04-07T00:20:33.124410Z",
                "foreign_landing_url": f"https://www.flickr.com/photos/ann/{len(word)}",
                "url": f"https://live.staticflickr.com/65535/{word}_o.jpg",
                "creator": "Ann Example",
                "creator_url": "https://www.flickr.com/photos/ann",
                "license": "by-sa",
                "license_version": "2.0",
                "license_url": "https://creativecommons.org/licenses/by-sa/2.0/",
                "provider": "flickr",
                "source": "flickr",
                "category": "photograph",
                "genres": None,
                "filesize": None,
                "filetype": "jpg",
                "tags": [{"name": word, "accuracy": None, "unstable__provider": "flickr"}],
                "alt_files": None,
                "attribution": f'"A {word} in the sun" by Ann Example is licensed under '
                "CC BY-SA 2.0. To view a copy of this license, visit "
                "https://creativecommons.org/licenses/by-sa/2.0/.",
                "fields_matched": ["title", "tags.name"],
                "mature": False,
                "height": 1024,
                "width": 768,
                "thumbnail": image_url,
                "detail_url": "https://api.openverse.org/v1/images/4bc43a04/",
                "related_url": "https://api.openverse.org/v1/images/4bc43a04/related/",
                "unstable__sensitivity": [],
            }
        ],
        "warnings": [],
    }


def wikimedia_response(word: str, image_url: str) -> dict:
    """``api.php?action=query&generator=search&prop=imageinfo&formatversion=2``: two
    pages, listed out of rank order as the API may do; ``index`` is the rank."""

    def page(index: int, name: str, artist: str) -> dict:
        return {
            "pageid": 1000 + index,
            "ns": 6,
            "title": f"File:{name}.jpg",
            "index": index,
            "imagerepository": "local",
            "imageinfo": [
                {
                    "thumburl": image_url if index == 1 else f"{image_url}?second",
                    "thumbwidth": 1024,
                    "thumbheight": 683,
                    "responsiveUrls": {},
                    "url": f"https://upload.wikimedia.org/wikipedia/commons/a/ab/{name}.jpg",
                    "descriptionurl": f"https://commons.wikimedia.org/wiki/File:{name}.jpg",
                    "descriptionshorturl": "https://commons.wikimedia.org/w/index.php?curid=1",
                    "extmetadata": {
                        "ObjectName": {
                            "value": name.replace("_", " "),
                            "source": "mediawiki-metadata",
                            "hidden": "",
                        },
                        "Artist": {"value": artist, "source": "commons-desc-page"},
                        "LicenseShortName": {
                            "value": "CC BY-SA 4.0",
                            "source": "commons-desc-page",
                            "hidden": "",
                        },
                        "LicenseUrl": {
                            "value": "https://creativecommons.org/licenses/by-sa/4.0",
                            "source": "commons-desc-page",
                            "hidden": "",
                        },
                    },
                }
            ],
        }

    return {
        "batchcomplete": True,
        "continue": {"gsroffset": 2, "continue": "gsroffset||"},
        "query": {
            "pages": [
                page(2, f"Another_{word}", "Someone Else"),
                page(
                    1,
                    f"{word.title()}_at_dawn",
                    '<a href="//commons.wikimedia.org/wiki/User:Bea" title="User:Bea">'
                    "Bea &amp; Co</a>",
                ),
            ]
        },
    }


def fake_png(name: str) -> bytes:
    """A small PNG that the fake services serve as the picture called ``name``."""
    image = Image.new("RGB", (64, 48), (len(name) * 37 % 256, 120, 200))
    data = io.BytesIO()
    image.save(data, format="PNG")
    return data.getvalue()


# -- the Telegram Bot API --------------------------------------------------------


@dataclass
class Call:
    """One request a bot made: the method, its form fields and its files."""

    method: str
    fields: dict[str, str]
    files: dict[str, bytes]
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # the HTTP status of the answer; 0 while there is none

    @property
    def chat_id(self) -> int | None:
        return int(self.fields["chat_id"]) if "chat_id" in self.fields else None

    def attachment(self, name: str) -> bytes:
        """The file a field refers to, as aiogram sends it: ``attach://<part>``."""
        return self.files[self.fields[name].removeprefix("attach://")]


@dataclass
class Fault:
    method: str
    kind: str  # "429", "500", "502", "drop", "garbage" or "stall"
    chat_id: int | None = None
    retry_after: int = 1


@dataclass
class Account:
    """What the fake Telegram knows about one bot token."""

    updates: list[dict] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    next_update_id: int = 100
    next_message_id: int = 1


class FakeTelegram:
    def __init__(self, tokens: list[str]):
        self.accounts = {token: Account() for token in tokens}
        self.changed = asyncio.Condition()  # a call was recorded, or an update added
        self.stopping = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_post("/bot{token}/{method}", self.handle)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        account = self.accounts.get(request.match_info["token"])
        if account is None:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        fields, files = {}, {}
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = value.file.read()
            else:
                fields[name] = value
        call = Call(method, fields, files)
        fault = next(
            (f for f in account.faults if f.method == method and f.chat_id in (None, call.chat_id)),
            None,
        )
        await self.record(account, call)
        if fault is not None:
            account.faults.remove(fault)
            response = await self.fail(request, fault)
        elif answer := getattr(self, f"on_{method}", None):
            response = web.json_response({"ok": True, "result": await answer(account, call)})
        else:
            response = _error(404, "Not Found: method not found")
        call.status = response.status
        return response

    async def record(self, account: Account, call: Call) -> None:
        async with self.changed:
            account.calls.append(call)
            self.changed.notify_all()

    async def fail(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        if fault.kind == "429":
            return _error(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                parameters={"retry_after": fault.retry_after},
            )
        if fault.kind in ("500", "502"):
            return _error(
                int(fault.kind), "Internal Server Error" if fault.kind == "500" else "Bad Gateway"
            )
        if fault.kind == "stall":
            await self.stopping.wait()
        elif fault.kind == "garbage":
            request.transport.write(b"HTTP/1.1 ABC Not a status\r\n\r\n")
        request.transport.close()  # "drop", and after the others
        return web.Response()

    async def on_getMe(self, account, call):
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Picture bot",
            "username": "picture_test_bot",
        }

    async def on_deleteWebhook(self, account, call):
        return True

    async def on_getUpdates(self, account, call):
        offset = int(call.fields.get("offset", 0))
        deadline = time.monotonic() + float(call.fields.get("timeout", 0))
        async with self.changed:
            account.updates = [u for u in account.updates if u["update_id"] >= offset]
            while not account.updates and not self.stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    async with asyncio.timeout(left):
                        await self.changed.wait()
                except TimeoutError:
                    break
            return account.updates[: int(call.fields.get("limit", 100))]

    async def on_sendChatAction(self, account, call):
        return True

    async def on_sendMessage(self, account, call):
        return self._message(account, call, text=call.fields["text"])

    async def on_sendPhoto(self, account, call):
        size = Image.open(io.BytesIO(call.attachment("photo"))).size  # must be a picture
        photo = [{"file_id": "p1", "file_unique_id": "u1", "width": size[0], "height": size[1]}]
        return self._message(account, call, photo=photo, caption=call.fields.get("caption"))

    def _message(self, account: Account, call: Call, **content) -> dict:
        account.next_message_id += 1
        chat = {"id": call.chat_id, "type": "private", "first_name": "Ann"}
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Picture bot"}
        message = {"message_id": account.next_message_id, "date": int(time.time()), "chat": chat}
        return {**message, "from": bot, **{k: v for k, v in content.items() if v is not None}}

    async def add_update(self, token: str, chat_id: int, content: dict) -> dict:
        account = self.accounts[token]
        async with self.changed:
            account.next_update_id += 1
            account.next_message_id += 1
            user = {"id": chat_id, "is_bot": False, "first_name": "Ann"}
            message = {
                "message_id": account.next_message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Ann"},
                "from": user,
                **content,
            }
            account.updates.append({"update_id": account.next_update_id, "message": message})
            self.changed.notify_all()
        return message

    async def wait_for(self, token: str, test, seconds: float, nth: int = 1) -> Call:
        """The ``nth`` call (new or old) for which ``test(call)`` is true."""
        account = self.accounts[token]
        async with asyncio.timeout(seconds), self.changed:
            while True:
                found = [call for call in account.calls if test(call)]
                if len(found) >= nth:
                    return found[nth - 1]
                await self.changed.wait()


def _error(status: int, description: str, **extra) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description, **extra}
    return web.json_response(body, status=status)


# -- Openverse and Wikimedia Commons ----------------------------------------------


class FakePictures:
    """Both picture services. The word decides what happens:

    ``nothing``: no result; ``broken``: HTTP 500; ``slow``: no answer for a minute;
    ``busy...``: answers after 0.3 s (the peak of such searches in parallel is kept);
    ``slowish``: answers after 0.8 s; any other word: one picture.
    """

    def __init__(self):
        self.searches: list[tuple[str, dict]] = []
        self.running = 0
        self.peak = 0
        self.stopping = asyncio.Event()
        self.app = web.Application()
        self.app.router.add_get("/openverse/v1/images/", self.openverse)
        self.app.router.add_get("/wikimedia/w/api.php", self.wikimedia)
        self.app.router.add_get("/images/{name}", self.image)
        self.base_url = ""

    async def openverse(self, request: web.Request) -> web.Response:
        word = request.query["q"]
        return await self.answer(request, "openverse", word, openverse_response)

    async def wikimedia(self, request: web.Request) -> web.Response:
        word = request.query["gsrsearch"].removesuffix(" filetype:bitmap")
        return await self.answer(request, "wikimedia", word, wikimedia_response)

    async def answer(self, request, service: str, word: str, respond) -> web.Response:
        self.searches.append((service, dict(request.query)))
        busy = word.startswith("busy")
        self.running += busy
        self.peak = max(self.peak, self.running)
        try:
            if word == "broken":
                return web.Response(status=500, text="Internal Server Error")
            if word == "nothing":
                return web.json_response({"result_count": 0, "results": [], "batchcomplete": True})
            delay = {"slow": 60, "slowish": 0.8}.get(word, 0.3 if word.startswith("busy") else 0)
            if delay:
                async with asyncio.timeout(delay):
                    await self.stopping.wait()
        except TimeoutError:
            pass
        finally:
            self.running -= busy
        return web.json_response(respond(word, f"{self.base_url}/images/{word}.png"))

    async def image(self, request: web.Request) -> web.Response:
        name = request.match_info["name"].split("?")[0]
        return web.Response(body=fake_png(name), content_type="image/png")


# -- proxies: SOCKS5 (RFC 1928, with the password login of RFC 1929) and HTTP CONNECT --


class FakeProxy:
    """A proxy that asks for a user and password, then tunnels to where it is told."""

    def __init__(self, user: str, password: str):
        self.user, self.password = user, password
        self.connections = 0
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self.serve, "127.0.0.1", 0)
        return self.server.sockets[0].getsockname()[1]

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            if target := await self.handshake(reader, writer):
                target_reader, target_writer = await asyncio.open_connection(*target)
                self.connections += 1
                await self.connected(writer)
                await asyncio.gather(_pipe(reader, target_writer), _pipe(target_reader, writer))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def handshake(self, reader, writer) -> tuple[str, int] | None:
        """Log the client in and read where it wants to go; None to refuse."""
        raise NotImplementedError

    async def connected(self, writer) -> None:
        raise NotImplementedError


class FakeSocks5(FakeProxy):
    async def handshake(self, reader, writer):
        _version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        if 2 not in methods:
            writer.write(b"\x05\xff")
            return None
        writer.write(b"\x05\x02")
        _, user_length = await reader.readexactly(2)
        user = await reader.readexactly(user_length)
        password = await reader.readexactly((await reader.readexactly(1))[0])
        if (user, password) != (self.user.encode(), self.password.encode()):
            writer.write(b"\x01\x01")
            return None
        writer.write(b"\x01\x00")
        _, _connect, _, address_type = await reader.readexactly(4)
        if address_type == 1:
            host = str(ipaddress.IPv4Address(await reader.readexactly(4)))
        elif address_type == 3:
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
        else:
            host = str(ipaddress.IPv6Address(await reader.readexactly(16)))
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        return host, port

    async def connected(self, writer):
        writer.write(b"\x05\x00\x00\x01" + bytes(4) + b"\x00\x00")


class FakeHttpProxy(FakeProxy):
    """An HTTP proxy that only tunnels (CONNECT), as aiogram's proxy connector asks."""

    async def handshake(self, reader, writer):
        request, *header_lines = (await reader.readuntil(b"\r\n\r\n")).decode().splitlines()
        headers = dict(line.split(": ", 1) for line in header_lines if line)
        method, target, _version = request.split()
        login = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
        elif headers.get("Proxy-Authorization") != f"Basic {login}":
            writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
        else:
            host, port = target.rsplit(":", 1)
            return host, int(port)
        return None

    async def connected(self, writer):
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


# -- all of them, on a loop in a thread -------------------------------------------


class Services:
    def __init__(self, tokens: list[str], proxy_user: str, proxy_password: str):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runners: list[web.AppRunner] = []
        self.tokens = tokens
        self.proxy_user, self.proxy_password = proxy_user, proxy_password

    def start(self) -> None:
        self.thread.start()
        self.call(self._start())

    async def _start(self) -> None:
        self.telegram = FakeTelegram(self.tokens)
        self.pictures = FakePictures()
        self.socks5 = FakeSocks5(self.proxy_user, self.proxy_password)
        self.http_proxy = FakeHttpProxy(self.proxy_user, self.proxy_password)
        self.telegram_url = await self._serve(self.telegram.app)
        self.pictures.base_url = self.pictures_url = await self._serve(self.pictures.app)
        self.socks5_port = await self.socks5.start()
        self.http_proxy_port = await self.http_proxy.start()

    async def _serve(self, app: web.Application) -> str:
        runner = web.AppRunner(app, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.runners.append(runner)
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    def call(self, coroutine, timeout: float = 30):
        """Run ``coroutine`` on the services' loop; its result, from the test's thread."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.call(self._stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    async def _stop(self) -> None:
        self.telegram.stopping.set()
        self.pictures.stopping.set()
        async with self.telegram.changed:
            self.telegram.changed.notify_all()
        for proxy in self.socks5, self.http_proxy:
            proxy.server.close()
        for runner in self.runners:
            await runner.cleanup()

    # What the tests say, in the test's thread.

    def send(self, token: str, chat_id: int, **content) -> dict:
        """A user in chat ``chat_id`` sends a message with ``content``."""
        return self.call(self.telegram.add_update(token, chat_id, content))

    def wait_for(self, token: str, test, timeout: float = 10, nth: int = 1) -> Call:
        return self.call(self.telegram.wait_for(token, test, timeout, nth), timeout + 1)

    def calls(self, token: str) -> list[Call]:
        async def copy():
            return list(self.telegram.accounts[token].calls)

        return self.call(copy())

    def inject(self, token: str, *faults: Fault) -> None:
        async def add():
            self.telegram.accounts[token].faults.extend(faults)

        self.call(add())

    def picture_stats(self) -> tuple[int, list[tuple[str, dict]]]:
        async def read():
            return self.pictures.peak, list(self.pictures.searches)

        return self.call(read())

    def reset_peak(self) -> None:
        async def reset():
            self.pictures.peak = 0

        self.call(reset())


def by_chat(chat_id: int, method: str):
    """A test for ``wait_for``: a call of ``method`` to chat ``chat_id``."""
    return lambda call: call.method == method and call.chat_id == chat_id
