"""The site as a reader gets it: built with --strict, its pages found in the output."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from harness.settings import SETTINGS

from .server import StaticSite

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
TAG = re.compile(r"<[^>]+>")


def build(site_dir: Path, site_url: str) -> None:
    """mkdocs build --strict, with the address the site will be served at."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=SETTINGS.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    assert "WARNING" not in result.stderr, result.stderr


@dataclass(frozen=True)
class Site:
    root: Path  # the built HTML
    url: str  # where it is served, ending in "/"
    server: StaticSite

    @cached_property
    def pages(self) -> list[str]:
        """Every page's path under the site's address: "" for the home page, then the rest."""
        found = [
            index.parent.relative_to(self.root).as_posix() + "/"
            for index in self.root.rglob("index.html")
            if index.parent.name != "search"
        ]
        return sorted(("" if page == "./" else page) for page in found)

    @cached_property
    def in_nav(self) -> list[str]:
        """The pages of the navigation: all but the notebooks, which the chapters link to."""
        return [page for page in self.pages if not page.startswith("notebooks/")]

    def source_page(self, page: str) -> str:
        """The page whose Markdown `page` is built from: itself, or a notebook's chapter."""
        if not page.startswith("notebooks/"):
            return page
        name = page.removeprefix("notebooks/")
        [chapter] = [p for p in self.in_nav if p.endswith("/" + name)]
        return chapter

    def html(self, page: str) -> str:
        return (self.root / page / "index.html").read_text()

    def text(self, page: str) -> str:
        """What the page says: its article's text, without the theme around it."""
        [article] = ARTICLE.findall(self.html(page))
        return html.unescape(TAG.sub("", article))

    def with_diagrams(self) -> list[str]:
        return [page for page in self.in_nav if '<figure class="diagram"' in self.html(page)]

    def most_diagrams(self) -> str:
        """The page that draws the most diagrams (the longest chapter aside)."""
        pages = [page for page in self.with_diagrams() if page != self.longest_chapter()]
        return max(pages, key=lambda page: self.html(page).count('<figure class="diagram"'))

    def longest_chapter(self) -> str:
        """The chapter with the most text (not the home page, a project or a notebook)."""
        return self._longest([p for p in self.in_nav if p.startswith(("lecture/", "guide/"))])

    def longest_notebook(self) -> str:
        """The notebook page with the most text."""
        return self._longest([p for p in self.pages if p.startswith("notebooks/")])

    def _longest(self, pages: list[str]) -> str:
        return max(pages, key=lambda page: len(self.text(page)))
