"""One reader's visit to every page of the site, on which several tests report.

Loading a page, reading it to the end and running axe-core on it is most of
the time the browser tests take, so each page is visited once: the reader
reads it to the end (which draws its diagrams and mounts its code blocks), axe
checks it in the colour scheme it opened in, the reader switches the scheme
with the toggle, and axe checks it again. What every visit asked of the
network, and every error it met, is noted too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page

from . import tools

SCHEMES = {"default": "light", "slate": "dark"}


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is now, one readable entry each."""
    if not page.evaluate("'axe' in window"):
        page.add_script_tag(path=tools.AXE)
    violations = page.evaluate(
        """async () => {
            // Colours are judged once fades and transitions have ended: none has
            // run for two frames in a row (those a change sets off start late).
            for (let idle = 0; idle < 2; ) {
                await new Promise(requestAnimationFrame);
                const running = document.getAnimations().filter((a) => a.playState === "running");
                idle = running.length ? 0 : idle + 1;
                await Promise.allSettled(running.map((a) => a.finished));
            }
            return (await axe.run(document, {resultTypes: ["violations"]})).violations;
        }"""
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]
        )
        for violation in violations
    ]


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
    edit_link: str | None = None


@dataclass
class Tour:
    visits: dict[str, Visit]  # page ("" is the home page) -> what its visit found
    errors: list[str]  # console errors and uncaught exceptions, on any page
    foreign_requests: list[str]  # requests for anything not on 127.0.0.1


def take(reader, pages: list[str]) -> Tour:
    """Visit `pages` with `reader` (a conftest.Reader), in order."""
    visits = {}
    for target in pages:
        asked_before = len(reader.requests)
        page = reader.goto(target)
        reader.read_to_the_end()
        visit = Visit()
        for _ in SCHEMES:
            visit.violations[scheme(page)] = axe_violations(page)
            switch_scheme(page)
        edit = page.get_by_role("link", name="Edit this page")
        visit.edit_link = edit.get_attribute("href") if edit.count() else None
        visit.requests = reader.requests[asked_before:]
        visits[target] = visit
    return Tour(visits, list(reader.errors), reader.foreign_requests())
