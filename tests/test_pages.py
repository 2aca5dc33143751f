"""Pages and snippets belong together: no orphans, and every output block is checked."""

from __future__ import annotations

import re

import pytest
from sybil import Document
from sybil.example import SybilFailure

from tests.harness import markdown
from tests.harness.running import ROOT, sibling_imports

PAGES = sorted((ROOT / "docs").rglob("*.md"))
SNIPPETS = sorted(p for p in (ROOT / "snippets").rglob("*.py") if "__pycache__" not in p.parts)
INCLUDE = re.compile(r'^[ \t>]*--8<--\s+"(?P<path>[^"]+)"', re.MULTILINE)


def includes() -> dict[str, list[str]]:
    """Snippet path -> pages that include it."""
    found: dict[str, list[str]] = {}
    for page in PAGES:
        for match in INCLUDE.finditer(page.read_text()):
            found.setdefault(match["path"], []).append(page.relative_to(ROOT).as_posix())
    return found


def test_every_snippet_is_shown_on_some_page_or_imported_by_one_that_is():
    used = {ROOT / path for path in includes()}
    todo = list(used)
    while todo:
        for sibling in set(sibling_imports(todo.pop())) - used:
            used.add(sibling)
            todo.append(sibling)
    orphans = [p.relative_to(ROOT).as_posix() for p in SNIPPETS if p not in used]
    assert not orphans, f"snippets no page uses (delete them or show them): {orphans}"


def test_every_include_names_an_existing_snippet():
    missing = {path: pages for path, pages in includes().items() if not (ROOT / path).is_file()}
    assert not missing, f"pages include files that do not exist: {missing}"


def checked_examples():
    for page in PAGES:
        document = Document.parse(str(page), markdown.parse_page)
        for example in document.examples():
            evaluator = example.region.evaluator
            if getattr(evaluator, "expected", None) is not None:
                yield pytest.param(example, id=f"{page.relative_to(ROOT)}:{example.line}")


@pytest.mark.parametrize("example", list(checked_examples()))
def test_changing_an_output_block_makes_its_example_fail(example):
    """Proof that each output block on the site is really compared with what the code prints."""
    evaluator = example.region.evaluator
    honest = evaluator.expected
    evaluator.expected = markdown.Expected(
        honest.text + "a line the code never prints\n", honest.where
    )
    try:
        with pytest.raises(SybilFailure, match="printed something else than the page shows"):
            example.evaluate()
    finally:
        evaluator.expected = honest
