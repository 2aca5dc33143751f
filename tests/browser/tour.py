"""A visit to every page of the site, on which several tests report.

Loading a page, reading it to the end and running axe-core on it is most of
the time the browser tests take, so each page is visited once: the reader
reads it to the end (which draws its diagrams and mounts its code blocks), axe
checks it in the colour scheme it opened in, the reader switches the scheme
with the toggle, and axe checks it again. Two readers share the pages, so that
axe works on two at once. What every visit asked of the network, and every
error it met, is noted too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page

from . import tools

SCHEMES = {"default": "light", "slate": "dark"}


def start_axe(page: Page) -> None:
    """Set axe-core to work on the page as it is now; `axe_result` waits for its findings."""
    if not page.evaluate("'axe' in window"):
        page.add_script_tag(path=tools.AXE)
    page.evaluate(
        """() => {
            window.axeFindings = (async () => {
                // Colours are judged once fades and transitions have ended: none
                // has run for two frames in a row (a change sets some off late).
                for (let idle = 0; idle < 2; ) {
                    await new Promise(requestAnimationFrame);
                    const running = document.getAnimations()
                        .filter((animation) => animation.playState === "running");
                    idle = running.length ? 0 : idle + 1;
                    await Promise.allSettled(running.map((a) => a.finished));
                }
                return (await axe.run(document, {resultTypes: ["violations"]})).violations;
            })();
        }"""
    )


def axe_result(page: Page) -> list[str]:
    """What axe-core found (see `start_axe`), one readable entry per violation."""
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]
        )
        for violation in page.evaluate("window.axeFindings")
    ]


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is now, one readable entry each."""
    start_axe(page)
    return axe_result(page)


def scheme(page: Page) -> str:
    """ "light" or "dark": the colour scheme the page shows."""
    return SCHEMES[page.locator("body").get_attribute("data-md-color-scheme")]


def switch_scheme(page: Page) -> None:
    """Click the palette toggle, as a reader does."""
    before = scheme(page)
    page.locator("form[data-md-component=palette] label:not([hidden])").click()
    assert scheme(page) != before, "the colour scheme toggle did nothing"


@dataclass
class Visit:
    violations: dict[str, list[str]] = field(default_factory=dict)  # scheme -> axe's findings
    requests: list[str] = field(default_factory=list)  # every URL the visit asked for


@dataclass
class Tour:
    visits: dict[str, Visit]  # page ("" is the home page) -> what its visit found
    errors: list[str]  # console errors and uncaught exceptions, on any page
    foreign_requests: list[str]  # requests for anything not on 127.0.0.1


def take(readers: list, pages: list[str]) -> Tour:
    """Visit `pages` with `readers` (conftest.Reader, each in a browser context of its
    own): a page each at a time, so that axe-core checks two pages at once."""
    visits = {}
    for start in range(0, len(pages), len(readers)):
        at_once = list(zip(readers, pages[start : start + len(readers)], strict=False))
        asked_before = [len(reader.requests) for reader, _ in at_once]
        for reader, target in at_once:
            reader.goto(target, wait_until="load")
            reader.start_reading()
        for reader, target in at_once:
            reader.finish_reading()
            visits[target] = Visit()
        for _ in SCHEMES:
            schemes = [scheme(reader.page) for reader, _ in at_once]
            for reader, _ in at_once:
                start_axe(reader.page)
            for (reader, target), colours in zip(at_once, schemes, strict=True):
                visits[target].violations[colours] = axe_result(reader.page)
                switch_scheme(reader.page)
        for (reader, target), asked in zip(at_once, asked_before, strict=True):
            visits[target].requests = reader.requests[asked:]
    errors = [error for reader in readers for error in reader.errors]
    return Tour(visits, errors, [url for reader in readers for url in reader.foreign_requests()])
