"""Where pictures come from: Openverse, Wikimedia Commons, or the bot's own drawing."""

import asyncio
import html
import json
import re
from dataclasses import dataclass

import aiohttp
from drawing import draw_word

# Wikimedia asks every client to say who it is, and where to read about it.
USER_AGENT = (
    "asyncio-step-by-step-picturebot/1.0 "
    "(+https://github.com/asyncio-step-by-step/asyncio-step-by-step)"
)
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # the most Telegram accepts for a photo
MAX_ANSWER_BYTES = 1024 * 1024  # a search answer is some 10 kB: a megabyte is plenty
MAX_CAPTION = 1024  # characters, Telegram's limit (in UTF-16 units: see _shorten)
# Each line of a caption is shortened to this many characters.
MAX_FIELD = 200


class LookupFailed(Exception):
    """The picture service answered with an error, or with something unexpected."""


class WrongAnswer(ValueError):
    """An answer the bot cannot use: too large, not JSON, or of the wrong shape."""


@dataclass(frozen=True)
class Credit:
    """What a picture's licence asks us to say: title, author, licence, source."""

    title: str
    author: str = ""
    licence: str = ""
    licence_url: str = ""
    source_url: str = ""

    def caption(self) -> str:
        lines = [f"“{_shorten(self.title or 'Untitled')}”"]
        if self.author:
            lines[0] += f" by {_shorten(self.author)}"
        if self.licence:
            lines.append(f"Licence: {self.licence} {self.licence_url}".rstrip())
        if self.source_url:
            lines.append(f"Source: {self.source_url}")
        return _shorten("\n".join(lines), MAX_CAPTION)


@dataclass(frozen=True)
class Found:
    """A search result: where the image is, and whom to credit."""

    image_url: str
    credit: Credit


@dataclass(frozen=True)
class Picture:
    """An image, ready to send, with its caption."""

    image: bytes
    caption: str


def parse_openverse(data: object) -> list[Found]:
    """Results of ``GET /v1/images/?q=...`` on the Openverse API."""
    found = []
    for result in _get(data, "results", list):
        image_url = _get(result, "thumbnail") or _get(result, "url")
        if not image_url:
            continue
        credit = Credit(
            title=_get(result, "title"),
            author=_get(result, "creator"),
            licence=_openverse_licence(
                _get(result, "license"), _get(result, "license_version")
            ),
            licence_url=_get(result, "license_url"),
            source_url=_get(result, "foreign_landing_url"),
        )
        found.append(Found(image_url, credit))
    return found


def parse_wikimedia(data: object) -> list[Found]:
    """Pages of ``action=query&generator=search&prop=imageinfo`` (formatversion=2)."""
    pages = _get(_get(data, "query", dict), "pages", list)
    found = []
    for page in sorted(pages, key=lambda page: _get(page, "index", int)):
        [info, *_] = _get(page, "imageinfo", list) or [{}]
        image_url = _get(info, "thumburl") or _get(info, "url")
        if not image_url:
            continue
        meta = _get(info, "extmetadata", dict)

        def text(field: str) -> str:
            return _plain(_get(_get(meta, field, dict), "value"))

        file_name = _get(page, "title").removeprefix("File:").rsplit(".", 1)[0]
        credit = Credit(
            title=text("ObjectName") or file_name,
            author=text("Artist"),
            licence=text("LicenseShortName"),
            licence_url=text("LicenseUrl"),
            source_url=_get(info, "descriptionurl"),
        )
        found.append(Found(image_url, credit))
    return found


def _get(data: object, key: str, kind: type = str):
    """``data[key]``, checked: the one place where an answer's shape is trusted or not.

    A missing or null value gives an empty ``kind`` ("", [], {}, 0). Anything else
    not of that type, or ``data`` not being an object, raises WrongAnswer.
    """
    if not isinstance(data, dict):
        raise WrongAnswer(f"an object was expected, not {type(data).__name__}")
    value = data.get(key)
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise WrongAnswer(f"{key} is {type(value).__name__}, not {kind.__name__}")
    return value


class Openverse:
    """Openly licensed pictures: https://openverse.org, API at api.openverse.org."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str):
        self._session, self._url = session, base_url.rstrip("/") + "/v1/images/"

    async def find(self, word: str) -> Picture | None:
        data = await _get_json(self._session, self._url, {"q": word, "page_size": "5"})
        return await _first_picture(self._session, parse_openverse(data))


class Wikimedia:
    """Pictures of Wikimedia Commons, through the MediaWiki Action API."""

    def __init__(self, session: aiohttp.ClientSession, api_url: str):
        self._session, self._url = session, api_url

    async def find(self, word: str) -> Picture | None:
        query = {
            "action": "query",
            "format": "json",
            "formatversion": "2",
            "generator": "search",
            "gsrsearch": f"{word} filetype:bitmap",
            "gsrnamespace": "6",  # files
            "gsrlimit": "5",
            "prop": "imageinfo",
            "iiprop": "url|extmetadata",
            "iiurlwidth": "1024",  # a thumbnail of chat size, not the original
            "iiextmetadatafilter": "ObjectName|Artist|LicenseShortName|LicenseUrl",
        }
        data = await _get_json(self._session, self._url, query)
        return await _first_picture(self._session, parse_wikimedia(data))


class Rendered:
    """No picture service at all: the bot draws the word itself."""

    async def find(self, word: str) -> Picture:
        # Pillow's drawing blocks; in a thread it cannot stall the other chats.
        image = await asyncio.to_thread(draw_word, word)
        return Picture(image, caption=f"“{_shorten(word)}”, drawn by the bot")


class PictureFinder:
    """Looks pictures up for many chats at once, but never more than ``parallel``."""

    def __init__(self, provider, *, parallel: int = 4, timeout: float = 10.0):
        self._provider = provider
        self._slots = asyncio.Semaphore(parallel)
        self._timeout = timeout

    async def find(self, word: str) -> Picture | None:
        """A picture for ``word``, or None; raises TimeoutError or LookupFailed."""
        async with self._slots:  # wait for a free slot: not counted in the timeout
            async with asyncio.timeout(self._timeout):
                try:
                    return await self._provider.find(word)
                except (aiohttp.ClientError, ValueError) as error:
                    raise LookupFailed(f"{type(error).__name__}: {error}") from error


def make_provider(settings, session: aiohttp.ClientSession):
    """The picture service that ``settings.picture_provider`` names."""
    if settings.picture_provider == "openverse":
        return Openverse(session, settings.openverse_api_base)
    if settings.picture_provider == "wikimedia":
        return Wikimedia(session, settings.wikimedia_api_base)
    return Rendered()


async def _get_json(session: aiohttp.ClientSession, url: str, query: dict) -> object:
    async with session.get(url, params=query, raise_for_status=True) as response:
        body = await _read(response, MAX_ANSWER_BYTES)
    try:
        # JSON is UTF-8 (RFC 8259): whatever charset the header names is ignored.
        return json.loads(body)
    except RecursionError:  # [[[[...]]]], nested deeper than Python's stack
        raise WrongAnswer("the answer is nested too deeply") from None


async def _first_picture(
    session: aiohttp.ClientSession, found: list[Found]
) -> Picture | None:
    if not found:
        return None
    async with session.get(found[0].image_url, raise_for_status=True) as response:
        if not response.content_type.startswith("image/"):
            raise WrongAnswer(f"the image is {response.content_type}, not a picture")
        image = await _read(response, MAX_IMAGE_BYTES)
    return Picture(image, found[0].credit.caption())


async def _read(response: aiohttp.ClientResponse, limit: int) -> bytes:
    """The body, decompressed; WrongAnswer as soon as it grows past ``limit`` bytes."""
    chunks, size = [], 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise WrongAnswer(f"the answer is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)  # joined once: adding bytes to bytes copies them each time


def _openverse_licence(code: str, version: str) -> str:
    if not code:
        return ""
    name = {"cc0": "CC0", "pdm": "Public Domain Mark"}.get(code, f"CC {code.upper()}")
    return f"{name} {version}" if version else name


def _plain(markup: str) -> str:
    """Text of an HTML fragment, as Wikimedia gives authors: ``<a href=...>Ann</a>``."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _shorten(text: str, limit: int = MAX_FIELD) -> str:
    """``text``, cut to ``limit`` characters as Telegram counts them: UTF-16 units.

    An emoji such as 🐱 is one character to Python and two to Telegram.
    """
    units = text.encode("utf-16-le")  # two bytes a unit
    if len(units) <= 2 * limit:
        return text
    # "ignore" drops half an emoji, if the cut falls in the middle of one.
    return units[: 2 * (limit - 1)].decode("utf-16-le", errors="ignore") + "…"
