"""Where pictures come from: Openverse, Wikimedia Commons, or the bot's own drawing."""

import asyncio
import html
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
MAX_CAPTION = 1024  # characters, Telegram's limit
# Each line of a caption is shortened to this many characters.
MAX_FIELD = 200


class LookupFailed(Exception):
    """The picture service answered with an error, or with something unexpected."""


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


def parse_openverse(data: dict) -> list[Found]:
    """Results of ``GET /v1/images/?q=...`` on the Openverse API."""
    found = []
    for result in data.get("results") or []:
        image_url = result.get("thumbnail") or result.get("url")
        if not image_url:
            continue
        credit = Credit(
            title=result.get("title") or "",
            author=result.get("creator") or "",
            licence=_openverse_licence(
                result.get("license"), result.get("license_version")
            ),
            licence_url=result.get("license_url") or "",
            source_url=result.get("foreign_landing_url") or "",
        )
        found.append(Found(image_url, credit))
    return found


def parse_wikimedia(data: dict) -> list[Found]:
    """Pages of ``action=query&generator=search&prop=imageinfo`` (formatversion=2)."""
    pages = sorted(
        (data.get("query") or {}).get("pages") or [], key=lambda p: p.get("index", 0)
    )
    found = []
    for page in pages:
        info = (page.get("imageinfo") or [{}])[0]
        image_url = info.get("thumburl") or info.get("url")
        if not image_url:
            continue
        meta = info.get("extmetadata") or {}

        def text(field: str) -> str:
            return _plain(str(meta.get(field, {}).get("value", "")))

        file_name = page.get("title", "").removeprefix("File:").rsplit(".", 1)[0]
        credit = Credit(
            title=text("ObjectName") or file_name,
            author=text("Artist"),
            licence=text("LicenseShortName"),
            licence_url=text("LicenseUrl"),
            source_url=info.get("descriptionurl") or "",
        )
        found.append(Found(image_url, credit))
    return found


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


async def _get_json(session: aiohttp.ClientSession, url: str, query: dict) -> dict:
    async with session.get(url, params=query, raise_for_status=True) as response:
        data = await response.json(content_type=None)
    if not isinstance(data, dict):
        raise ValueError("the answer is not a JSON object")
    return data


async def _first_picture(
    session: aiohttp.ClientSession, found: list[Found]
) -> Picture | None:
    if not found:
        return None
    async with session.get(found[0].image_url, raise_for_status=True) as response:
        if not response.content_type.startswith("image/"):
            raise ValueError(f"the image is {response.content_type}, not a picture")
        image = b""
        async for chunk in response.content.iter_chunked(64 * 1024):
            image += chunk
            if len(image) > MAX_IMAGE_BYTES:
                raise ValueError("the image is larger than Telegram accepts")
    return Picture(image, found[0].credit.caption())


def _openverse_licence(code: str | None, version: str | None) -> str:
    if not code:
        return ""
    name = {"cc0": "CC0", "pdm": "Public Domain Mark"}.get(code, f"CC {code.upper()}")
    return f"{name} {version}" if version else name


def _plain(markup: str) -> str:
    """Text of an HTML fragment, as Wikimedia gives authors: ``<a href=...>Ann</a>``."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())


def _shorten(text: str, limit: int = MAX_FIELD) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
