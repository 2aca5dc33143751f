"""Lighthouse's budgets on the home page, the longest chapter and notebook, the page
with the most diagrams, and the two projects.

Each page is audited on a simulated phone (Lighthouse's default): accessibility,
best practices and SEO must score 1.0, and performance 0.98. Performance is
timed, so no other test runs while a page is audited (`alone`, harness/turns.py),
and each audit waits (up to 90 s) until the cores are mostly idle; when only
performance misses, the page is audited again, up to three runs, and the best one
counts. On a machine slower than the budget is judged on
(`lighthouse.JUDGED_FROM_INDEX`), a missed performance budget is an expected
failure (xfail) that names the machine's index: the other budgets still hold.
The scores of the runs that count, and the CPU benchmark index of each, are printed
at the end of the test session.
"""

from __future__ import annotations

import pytest

from . import lighthouse

pytestmark = pytest.mark.browser

PROJECTS = ["projects/whatismyip/", "projects/picturebot/"]


@pytest.mark.alone
@pytest.mark.timeout(420)
@pytest.mark.parametrize(
    "audited", ["home page", "longest chapter", "longest notebook", "most diagrams", *PROJECTS]
)
def test_lighthouse_scores_meet_the_budget(
    tools_installed, site, audited, tmp_path, record_property
):
    named = {
        "home page": "",
        "longest chapter": site.longest_chapter(),
        "longest notebook": site.longest_notebook(),
        "most diagrams": site.most_diagrams(),
    }
    page = named.get(audited, audited)
    runs = [lighthouse.audit(site.url + page, tmp_path)]
    while (
        len(runs) < 3
        and missed(runs[-1]) == ["performance"]
        and lighthouse.performance_judged(runs[-1])
    ):
        runs.append(lighthouse.audit(site.url + page, tmp_path))
    report = max(runs, key=lambda run: lighthouse.scores(run)["performance"])
    label = f"/{page} ({audited})" if page else "/ (home page)"
    summary = (label, lighthouse.scores(report), lighthouse.cpu_index(report))
    record_property("lighthouse", summary)
    problems = lighthouse.shortfalls(report)
    if missed(report) == ["performance"] and not lighthouse.performance_judged(report):
        pytest.xfail(
            f"{label}: the machine is slower than the performance budget is judged on "
            f"(CPU index {lighthouse.cpu_index(report)} < {lighthouse.JUDGED_FROM_INDEX}):\n"
            + "\n".join(problems)
        )
    assert not problems, f"{label}, best of {len(runs)} runs:\n" + "\n".join(problems)


def missed(report: dict) -> list[str]:
    found = lighthouse.scores(report)
    return [name for name, budget in lighthouse.BUDGET.items() if found[name] < budget]
