"""axe-core, injected into every page in both colour schemes, finds no violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from . import tools

# Several tests visit every page of the site: their time grows with it.
pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=tools.AXE)
    violations = page.evaluate(
        """async () => {
            // Colours are judged once fades and transitions have ended.
            await Promise.all(document.getAnimations().map((animation) => animation.finished));
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_any_page(reader, site, scheme):
    reader.page.emulate_media(color_scheme=scheme)
    found = {}
    for page in [*site.pages, "404.html"]:
        reader.goto(page)
        reader.read_to_the_end()
        if violations := axe_violations(reader.page):
            found[page or "home"] = violations
    assert not found, "\n".join(f"{page}:\n  " + "\n  ".join(v) for page, v in found.items())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_in_search_results(reader, scheme):
    reader.page.emulate_media(color_scheme=scheme)
    page = reader.goto("")
    page.get_by_role("textbox", name="Search").press_sequentially("TaskGroup")
    page.locator(".md-search-result__item").first.wait_for()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_axe_reports_what_it_should(reader):
    """The check itself can fail: a picture without alt text, a link without a name."""
    reader.page.set_content('<main><img src="data:,"><a href="#top"></a></main>')
    found = {violation.split(" ", 1)[0] for violation in axe_violations(reader.page)}
    assert {"image-alt", "link-name"} <= found
