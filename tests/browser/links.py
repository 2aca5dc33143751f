"""A crawl of the built HTML: every link, image and anchor of the site resolves.

Internal addresses (relative ones, and absolute ones under the site's own URL)
must name a file of the build, and a fragment an id or name on the page it
points to. External ones are only checked for form here; a scheduled
workflow (.github/workflows/links.yml) checks that they answer.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

ADDRESSES = {
    "a": ["href"],
    "link": ["href"],
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "iframe": ["src"],
    "video": ["src", "poster"],
    "audio": ["src"],
}
HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.ids.update(values[key] for key in ("id", "name") if values.get(key))
        for attribute in ADDRESSES.get(tag, []):
            value = (values.get(attribute) or "").strip()
            if attribute == "srcset":
                self.addresses += [part.split()[0] for part in value.split(",") if part.strip()]
            elif value or attribute in values:
                self.addresses.append(value)
        self.addresses += CSS_URL.findall(values.get("style") or "")


def crawl(site: Path, site_url: str) -> list[str]:
    """Every broken address in the built site, as "page: problem"."""
    parsed = {}
    for page in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(page.read_text())
        parsed[page] = parser
    problems = []
    for page, parser in parsed.items():
        name = page.relative_to(site).as_posix()
        page_url = urljoin(site_url, name)
        for address in parser.addresses:
            if problem := _check(address, page_url, site, site_url, parsed):
                problems.append(f"{name}: {problem}")
    return problems


def _check(address, page_url, site, site_url, parsed) -> str | None:
    if not address:
        return "an empty address"
    parts = urlsplit(address)
    if parts.scheme in ("data", "mailto", "javascript"):
        return None
    absolute = urljoin(page_url, address)
    if not absolute.startswith(site_url):
        return _check_external(address)
    path = unquote(urlsplit(absolute).path)[len(urlsplit(site_url).path) :]
    target = site / path
    if target.is_dir() or path == "":
        target = target / "index.html"
    if not target.is_file():
        return f"{address} -> {path or '/'} does not exist"
    fragment = unquote(urlsplit(absolute).fragment)
    if fragment and target in parsed and fragment not in parsed[target].ids:
        return f"{address}: no id {fragment!r} on {target.relative_to(site).as_posix()}"
    return None


def _check_external(address: str) -> str | None:
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https"):
        return f"{address}: not an http(s) link"
    if not HOST.match(parts.hostname or "") or re.search(r"\s", address):
        return f"{address}: not a well-formed address"
    return None
