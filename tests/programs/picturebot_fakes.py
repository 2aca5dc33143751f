"""Stand-ins on 127.0.0.1 for what the picture bot talks to: the Telegram Bot API,
Openverse, Wikimedia Commons, a SOCKS5 proxy and an HTTP proxy. tests/programs/test_picturebot.py
uses them. Some words make the picture services hostile (``WRONG_SHAPES``,
``FakePictures``), and faults make the Bot API so (``Fault``).

They run on an event loop in a thread of their own (``Services``), so that the
tests can drive real bot processes from ordinary, synchronous test functions.
Every method of ``Services`` is called from the test's thread.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import io
import ipaddress
import json
import struct
import threading
import time
import zlib
from collections.abc import Callable
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
    status: int = 0  # the HTTP status of the answer; 0 until it is made

    @property
    def chat_id(self) -> int | None:
        return int(self.fields["chat_id"]) if "chat_id" in self.fields else None

    def attachment(self, name: str) -> bytes:
        """The file a field refers to, as aiogram sends it: ``attach://<part>``."""
        return self.files[self.fields[name].removeprefix("attach://")]


@dataclass
class Fault:
    method: str
    # "400", "429", "500", "502", "html502" (a proxy's error page), "drop", "garbage"
    # or "stall"
    kind: str
    chat_id: int | None = None
    retry_after: int = 1


class Refused(Exception):
    """What the Bot API answers with ``"ok": false``, and an HTTP status."""

    def __init__(self, status: int, description: str):
        self.status, self.description = status, description


# Telegram's limits, in UTF-16 code units as it counts them.
MAX_TEXT, MAX_CAPTION = 4096, 1024
# What a proxy in front of Telegram may answer instead of the Bot API.
PROXY_ERROR_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class Account:
    """What the fake Telegram knows about one bot token."""

    updates: list[dict] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    deleted: set[int] = field(default_factory=set)  # ids of messages users deleted
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
            try:
                response = web.json_response({"ok": True, "result": await answer(account, call)})
            except Refused as refusal:
                response = _error(refusal.status, refusal.description)
        else:
            response = _error(404, "Not Found: method not found")
        async with self.changed:
            call.status = response.status
            self.changed.notify_all()
        return response

    async def record(self, account: Account, call: Call) -> None:
        async with self.changed:
            account.calls.append(call)
            self.changed.notify_all()

    async def fail(self, request: web.Request, fault: Fault) -> web.StreamResponse:
        if fault.kind == "400":
            return _error(400, "Bad Request: wrong type of the web page content")
        if fault.kind == "html502":
            return web.Response(status=502, text=PROXY_ERROR_PAGE, content_type="text/html")
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
        if request.transport is None:  # the bot has hung up meanwhile
            return web.Response()
        if fault.kind == "garbage":
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
        if _utf16_length(call.fields["text"]) > MAX_TEXT:
            raise Refused(400, "Bad Request: message is too long")
        return self._message(account, call, text=call.fields["text"])

    async def on_sendPhoto(self, account, call):
        if _utf16_length(call.fields.get("caption", "")) > MAX_CAPTION:
            raise Refused(400, "Bad Request: message caption is too long")
        size = Image.open(io.BytesIO(call.attachment("photo"))).size  # must be a picture
        photo = [{"file_id": "p1", "file_unique_id": "u1", "width": size[0], "height": size[1]}]
        return self._message(account, call, photo=photo, caption=call.fields.get("caption"))

    def _message(self, account: Account, call: Call, **content) -> dict:
        reply = json.loads(call.fields.get("reply_parameters", "{}"))
        gone = reply.get("message_id") in account.deleted
        if gone and not reply.get("allow_sending_without_reply"):
            raise Refused(400, "Bad Request: message to be replied not found")
        account.next_message_id += 1
        chat = {"id": call.chat_id, "type": "private", "first_name": "Ann"}
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Picture bot"}
        message = {"message_id": account.next_message_id, "date": int(time.time()), "chat": chat}
        return {**message, "from": bot, **{k: v for k, v in content.items() if v is not None}}

    async def add_update(self, token: str, chat_id: int, chat_type: str, content: dict) -> dict:
        """A message from Ann in chat ``chat_id``: the update, as the bot will get it."""
        account = self.accounts[token]
        account.next_message_id += 1
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": "Ann"} if chat_type == "private" else {"title": "Friends"})
        message = {
            "message_id": account.next_message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Ann"},
            **content,
        }
        return await self.add_raw_update(token, {"message": message})

    async def add_raw_update(self, token: str, content: dict) -> dict:
        """An update made of ``content`` as it is, be it what aiogram can read or not."""
        account = self.accounts[token]
        async with self.changed:
            account.next_update_id += 1
            update = {"update_id": account.next_update_id, **content}
            account.updates.append(update)
            self.changed.notify_all()
        return update

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


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# -- Openverse and Wikimedia Commons ----------------------------------------------


DEEP_JSON = "[" * 100_000 + "]" * 100_000  # nested deeper than json.loads() can follow
# Answers of the wrong shape, by the word that gets them: the service each imitates,
# and the answer (JSON text, or what to turn into it), made from the address of a
# picture that is there to be fetched.
WRONG_SHAPES: dict[str, tuple[str, Callable[[str], object]]] = {
    "nested-list": ("openverse", lambda image: {"results": [[image]]}),
    "results-text": ("openverse", lambda image: {"results": image}),
    "url-number": ("openverse", lambda image: {"results": [{"thumbnail": 12345}]}),
    "title-number": ("openverse", lambda image: {"results": [{"url": image, "title": 42}]}),
    "licence-number": (
        "openverse",
        lambda image: {"results": [{"url": image, "license": 4, "license_version": 4.0}]},
    ),
    "creator-object": (
        "openverse",
        lambda image: {"results": [{"url": image, "creator": {"name": "Ann"}}]},
    ),
    "query-text": ("wikimedia", lambda image: {"query": "cat"}),
    "imageinfo-null": (
        "wikimedia",
        lambda image: {
            "query": {"pages": [{"index": 1, "title": "File:A.jpg", "imageinfo": [None]}]}
        },
    ),
    "pages-by-id": (  # the shape of formatversion=1
        "wikimedia",
        lambda image: {
            "query": {"pages": {"1001": {"index": 1, "imageinfo": [{"thumburl": image}]}}}
        },
    ),
    "index-text": (
        "wikimedia",
        lambda image: {
            "query": {
                "pages": [
                    {"index": "1", "imageinfo": [{"thumburl": image}]},
                    {"index": 2, "imageinfo": [{"thumburl": image}]},
                ]
            }
        },
    ),
    "extmetadata-list": (
        "wikimedia",
        lambda image: {
            "query": {
                "pages": [
                    {"index": 1, "imageinfo": [{"thumburl": image, "extmetadata": ["Artist"]}]}
                ]
            }
        },
    ),
    "artist-text": (
        "wikimedia",
        lambda image: {
            "query": {
                "pages": [
                    {
                        "index": 1,
                        "imageinfo": [{"thumburl": image, "extmetadata": {"Artist": "Bea"}}],
                    }
                ]
            }
        },
    ),
    "deep": ("openverse", lambda image: DEEP_JSON),
}
GIBIBYTE = 1024**3
SPACES = b" " * 1024**2


class FakePictures:
    """Both picture services. The word decides what happens:

    ``nothing``: no result; ``broken``: HTTP 500; ``slow``: no answer for a minute;
    ``busy...``: answers after 0.3 s (the peak of such searches in parallel is kept);
    ``slowish``: answers after 0.8 s; a word of ``WRONG_SHAPES``: that answer;
    ``mislabelled``: a good answer whose charset is no text encoding; ``emoji``: a
    picture whose credits are all emoji; ``bomb``: an answer of 1 GiB once unzipped;
    ``endless``: an answer of 1 GiB; ``image-bomb``: a picture of 1 GiB once unzipped;
    any other word: one picture.
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

    async def openverse(self, request: web.Request) -> web.StreamResponse:
        word = request.query["q"]
        return await self.answer(request, "openverse", word, openverse_response)

    async def wikimedia(self, request: web.Request) -> web.StreamResponse:
        word = request.query["gsrsearch"].removesuffix(" filetype:bitmap")
        return await self.answer(request, "wikimedia", word, wikimedia_response)

    async def answer(self, request, service: str, word: str, respond) -> web.StreamResponse:
        self.searches.append((service, dict(request.query)))
        image_url = f"{self.base_url}/images/{word}.png"
        if (hostile := await self.hostile(request, word, image_url, respond)) is not None:
            return hostile
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
        return web.json_response(respond(word, image_url))

    async def hostile(self, request, word: str, image_url: str, respond):
        """The answer to a word that asks for trouble, or None."""
        if word in WRONG_SHAPES:
            _, make = WRONG_SHAPES[word]
            answer = make(image_url)
            text = answer if isinstance(answer, str) else json.dumps(answer)
            return web.Response(text=text, content_type="application/json")
        if word == "mislabelled":
            body = json.dumps(respond(word, image_url)).encode()
            headers = {"Content-Type": "application/json; charset=rot13"}
            return web.Response(body=body, headers=headers)
        if word == "emoji":
            data = respond(word, image_url)
            data["results"][0].update(
                title="🐱" * 300,
                creator="🐶" * 300,
                foreign_landing_url="https://www.flickr.com/photos/" + "🦊" * 500,
            )
            return web.json_response(data)
        if word in ("bomb", "endless"):
            return await _gibibyte(request, b'{"results": [', "application/json", word == "bomb")
        return None

    async def image(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"].split("?")[0]
        if name == "image-bomb.png":
            return await _gibibyte(request, b"\x89PNG\r\n\x1a\n", "image/png", gzipped=True)
        return web.Response(body=fake_png(name), content_type="image/png")


async def _gibibyte(
    request: web.Request, start: bytes, content_type: str, gzipped: bool
) -> web.StreamResponse:
    """An answer of 1 GiB, once decompressed: ``start``, then spaces.

    Written as it goes, a mebibyte at a time, so that it costs this side little: a
    bot that reads no more than it needs hangs up long before the end.
    """
    headers = {"Content-Type": content_type}
    head, again = start + SPACES, SPACES
    if gzipped:
        headers["Content-Encoding"] = "gzip"
        head, again = _gzipped_spaces(start)
    response = web.StreamResponse(headers=headers)
    await response.prepare(request)
    try:
        await response.write(head)
        for _ in range(GIBIBYTE // len(SPACES) - 1):
            await response.write(again)
    except ConnectionError:  # the bot hung up, as it should
        pass
    return response


@functools.cache
def _gzipped_spaces(start: bytes) -> tuple[bytes, bytes]:
    """``start`` and a MiB of spaces, gzipped; then the next MiB, which repeats as it
    is (each flushed in full). About a kilobyte each: a ratio of a thousand to one."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = compressor.compress(start + SPACES) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(SPACES) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head, again


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

    def send(
        self, token: str, chat_id: int, chat_type="private", then_deleted=False, **content
    ) -> dict:
        """A user in chat ``chat_id`` sends a message with ``content``: its update.

        ``then_deleted``: and deletes it at once, before the bot can answer.
        """

        async def send():
            update = await self.telegram.add_update(token, chat_id, chat_type, content)
            if then_deleted:
                self.telegram.accounts[token].deleted.add(update["message"]["message_id"])
            return update

        return self.call(send())

    def send_raw(self, token: str, **content) -> dict:
        """An update of any content, readable or not: the update."""
        return self.call(self.telegram.add_raw_update(token, content))

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
