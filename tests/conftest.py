"""The built site, shared by the tests of tests/site/test_build.py and tests/browser/;
and the Lighthouse scores at the end of the run.

It is built once per test session, with --strict, for an address on 127.0.0.1
(the browser tests serve it there, as GitHub Pages would); building takes most
of a minute the first time, when every notebook is executed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser import lighthouse
from tests.browser.built_site import Site, build
from tests.browser.server import StaticSite


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Iterator[Site]:
    server = StaticSite()  # takes its address now, serves only when asked to
    root = tmp_path_factory.mktemp("site")
    build(root, site_url=server.url)
    yield Site(root, server.url, server)
    server.close()


def pytest_terminal_summary(terminalreporter) -> None:
    """The Lighthouse scores the tests recorded, in whichever process they ran (this
    conftest, unlike tests/browser/'s, is loaded where pytest-xdist reports)."""
    stats = terminalreporter.stats
    reports = [r for outcome in ("passed", "failed", "xfailed") for r in stats.get(outcome, [])]
    scores = [value for r in reports for name, value in r.user_properties if name == "lighthouse"]
    if scores:
        terminalreporter.section("Lighthouse scores (mobile)")
        lighthouse.report_scores(scores, terminalreporter.write_line)
