"""Every internal link, image and anchor of the built site resolves; external links are
well-formed. No browser needed: these run with -m "not browser" too."""

from __future__ import annotations

import re
from urllib.robotparser import RobotFileParser

from .links import crawl


def test_every_link_image_and_anchor_of_the_site_resolves(site):
    pages = list(site.root.rglob("*.html"))
    assert len(pages) > len(site.pages), "the crawl found fewer pages than the site has"
    problems = crawl(site.root, site.url)
    assert not problems, "\n".join(problems)


def test_the_crawl_reports_what_is_broken(tmp_path):
    """The crawl can fail: each kind of broken address on a small site of its own."""
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "index.html").write_text('<h2 id="setup">Setup</h2><img src="ok.png">')
    (tmp_path / "guide" / "ok.png").write_bytes(b"")
    (tmp_path / "index.html").write_text(
        """
        <a href="guide/">fine</a> <a href="guide/#setup">fine</a> <a href="#top" id="top">fine</a>
        <a href="https://docs.python.org/3/library/asyncio.html">fine</a>
        <img src="guide/ok.png" srcset="guide/ok.png 2x, missing@2x.png 2x">
        <a href="lecture/">missing page</a> <a href="guide/#install">missing anchor</a>
        <a href="#nowhere">missing anchor here</a> <img src="logo.png">
        <a href="https://exa mple.com/">space</a> <a href="http://localhost:8000/">no domain</a>
        <a href="ftp://example.com/file">not http</a> <a href="">empty</a>
        """
    )
    problems = crawl(tmp_path, "http://127.0.0.1:8000/")
    assert [problem.split(": ", 1)[1].split(" ")[0] for problem in problems] == [
        "missing@2x.png",
        "lecture/",
        "guide/#install:",
        "#nowhere:",
        "logo.png",
        "https://exa",
        "http://localhost:8000/:",
        "ftp://example.com/file:",
        "an",
    ]


def test_robots_txt_lets_crawlers_in_and_names_the_sitemap(site):
    robots = RobotFileParser()
    robots.parse((site.root / "robots.txt").read_text().splitlines())
    for page in site.pages:
        assert robots.can_fetch("*", site.url + page), f"robots.txt keeps crawlers off /{page}"
    [sitemap] = robots.site_maps()
    assert sitemap.startswith(site.url)
    listed = re.findall(r"<loc>([^<]+)</loc>", (site.root / sitemap[len(site.url) :]).read_text())
    assert sorted(url[len(site.url) :] for url in listed) == site.pages
