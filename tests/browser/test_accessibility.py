"""axe-core finds no violation on any page, in either colour scheme."""

from __future__ import annotations

import pytest

from .tour import SCHEMES, axe_violations, scheme

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("colours", SCHEMES.values())
def test_axe_finds_no_violation_on_any_page(tour, colours):
    found = {page or "home": v.violations[colours] for page, v in tour.visits.items()}
    found = {page: violations for page, violations in found.items() if violations}
    assert not found, "\n".join(f"{page}:\n  " + "\n  ".join(v) for page, v in found.items())


def test_every_page_was_checked_in_both_schemes(tour, site):
    assert sorted(tour.visits) == sorted([*site.pages, "404.html"])
    assert all(set(visit.violations) == set(SCHEMES.values()) for visit in tour.visits.values())


@pytest.mark.parametrize("colours", SCHEMES.values())
def test_axe_finds_no_violation_in_search_results(reader, colours):
    reader.page.emulate_media(color_scheme=colours)
    page = reader.goto("")
    assert scheme(page) == colours
    page.get_by_role("textbox", name="Search").press_sequentially("TaskGroup")
    page.locator(".md-search-result__item").first.wait_for()
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_axe_reports_what_it_should(reader):
    """The check itself can fail: a picture without alt text, a link without a name."""
    reader.page.set_content('<main><img src="data:,"><a href="#top"></a></main>')
    found = {violation.split(" ", 1)[0] for violation in axe_violations(reader.page)}
    assert {"image-alt", "link-name"} <= found
