"""The built site, served on 127.0.0.1, and Debian's Chromium driven by Playwright.

Tests that need Chromium or the npm tools carry the `browser` marker, which is
registered here: `make test ARGS="-m 'not browser'"` leaves them out. `make
test` installs the tools first (`make browser-tools`, see tools.py); if they
are missing, each of these tests fails with the reason. They never skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from . import tools
from . import tour as touring
from .built_site import Site

_tools_problem: str | None = None

#: How many elements of the page's text are left undrawn while off screen (their
#: content-visibility is not "visible"), as the browser has it.
UNDRAWN = """[...document.querySelectorAll(".md-typeset *")]
    .filter((element) => getComputedStyle(element).contentVisibility !== "visible").length"""

#: The screens the pages are measured on: a desktop's and a phone's.
SCREENS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "browser: drives Chromium, Lighthouse, axe-core or the Nu HTML Checker against the "
        "built site (make browser-tools installs them; leave out with -m 'not browser')",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The site's build and the tour of every page happen in the first test that needs
    them, so these tests get minutes, not the suite's default seconds.

    Lighthouse's audits come last: each runs alone (the other pytest-xdist processes
    wait for it), and by then those processes are usually done."""
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent) and not item.get_closest_marker(
            "timeout"
        ):
            item.add_marker(pytest.mark.timeout(900))
    items.sort(key=lambda item: item.path.name == "test_lighthouse.py")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Check for the tools once, if a browser test is selected (make browser-tools
    installs them)."""
    global _tools_problem
    if not any(item.get_closest_marker("browser") for item in session.items):
        return
    try:
        tools.check()
    except tools.Missing as problem:
        _tools_problem = str(problem)
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter:
            reporter.write_line(f"browser tests cannot run: {problem}", red=True, bold=True)


@pytest.fixture(scope="package")
def tools_installed() -> None:
    if _tools_problem:
        pytest.fail(f"browser tests cannot run: {_tools_problem}", pytrace=False)


@pytest.fixture(scope="package")
def site(built_site: Site) -> Iterator[Site]:
    """The site built with --strict and served on 127.0.0.1, at the address it was built
    for, while these tests run."""
    built_site.server.serve(built_site.root)
    yield built_site
    built_site.server.stop()


@pytest.fixture(scope="package")
def browser(tools_installed) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=tools.CHROMIUM, args=tools.CHROMIUM_FLAGS
        )
        yield chromium
        chromium.close()


class Reader:
    """A reader's browser tab, which notes every request and every error it meets."""

    def __init__(self, context: BrowserContext, site: Site):
        self.site = site
        self.context = context
        self.requests: list[str] = []
        self.errors: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("weberror", lambda error: self.errors.append(f"uncaught: {error.error}"))
        # Nothing leaves the machine, even by mistake: foreign requests are noted, then refused.
        context.route(lambda url: not self.is_local(url), lambda route: route.abort())
        self.page = self.open_tab()

    def open_tab(self) -> Page:
        page = self.context.new_page()
        page.on("console", self._console)
        page.on("worker", lambda worker: worker.on("console", self._console))
        return page

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console {message.type}: {message.text} ({message.location})")

    def is_local(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"

    def goto(self, page: str, wait_until: str = "networkidle") -> Page:
        response = self.page.goto(self.site.url + page, wait_until=wait_until)
        assert response is not None and response.ok, f"{page}: {response and response.status}"
        return self.page

    def start_reading(self) -> None:
        """Scroll down a screen at a time and back, which draws what waits for the reader
        (code blocks' buttons); `finish_reading` waits until it is done."""
        self.page.evaluate(
            """() => {
                window.reading = (async () => {
                    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
                        scrollTo(0, y);
                        await new Promise(requestAnimationFrame);
                    }
                    scrollTo(0, 0);
                })();
            }"""
        )

    def finish_reading(self) -> None:
        """Wait until the reading is done and every block is drawn."""
        self.page.evaluate("window.reading")
        self.wait_until_drawn()

    def wait_until_drawn(self, seconds: float = 10) -> None:
        """Wait until no block is left undrawn off screen (extra.css, "Long pages"), as
        offscreen.js sees to soon after a page opens."""
        self.page.wait_for_function(UNDRAWN + " === 0", polling=100, timeout=seconds * 1000)

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if not self.is_local(url)]


@contextmanager
def reading(browser: Browser, site: Site, screen: str | None = None) -> Iterator[Reader]:
    """A fresh profile in light mode, on one of SCREENS if named; once done with, no
    foreign request and no error."""
    context = browser.new_context(
        color_scheme="light", service_workers="block", viewport=SCREENS.get(screen)
    )
    visit = Reader(context, site)
    yield visit
    context.close()
    assert not visit.foreign_requests(), f"requests left 127.0.0.1: {visit.foreign_requests()}"
    assert not visit.errors, "\n".join(visit.errors)


@pytest.fixture
def reader(browser: Browser, site: Site) -> Iterator[Reader]:
    with reading(browser, site) as visit:
        yield visit


@pytest.fixture(scope="package")
def tour(browser: Browser, site: Site) -> touring.Tour:
    """Every page of the site (and its 404 page) visited once; see tour.py."""
    # One reader starts in each colour scheme, as a reader's system may prefer.
    contexts = [
        browser.new_context(color_scheme=colours, service_workers="block")
        for colours in touring.SCHEMES.values()
    ]
    try:
        readers = [Reader(context, site) for context in contexts]
        return touring.take(readers, [*site.pages, "404.html"])
    finally:
        for context in contexts:
            context.close()
