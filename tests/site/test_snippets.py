"""Pages and snippets belong together: every snippet is shown, every include exists."""

from __future__ import annotations

from harness.fences import page_fences
from harness.settings import SETTINGS
from harness.snippets import sibling_imports

PAGES = sorted((SETTINGS.root / "docs").rglob("*.md"))
SNIPPETS = sorted(p for p in SETTINGS.snippets.rglob("*.py") if "__pycache__" not in p.parts)


def includes() -> dict[str, list[str]]:
    """Snippet path -> pages that include it."""
    found: dict[str, list[str]] = {}
    for page in PAGES:
        for fence in page_fences(page.read_text(), page):
            if fence.include:
                found.setdefault(fence.include, []).append(
                    page.relative_to(SETTINGS.root).as_posix()
                )
    return found


def test_every_snippet_is_shown_on_some_page_or_imported_by_one_that_is():
    used = {SETTINGS.root / path for path in includes()}
    todo = list(used)
    while todo:
        for sibling in set(sibling_imports(todo.pop())) - used:
            used.add(sibling)
            todo.append(sibling)
    orphans = [p.relative_to(SETTINGS.root).as_posix() for p in SNIPPETS if p not in used]
    assert not orphans, f"snippets no page uses (delete them or show them): {orphans}"


def test_every_include_names_an_existing_snippet():
    missing = {
        path: pages for path, pages in includes().items() if not (SETTINGS.root / path).is_file()
    }
    assert not missing, f"pages include files that do not exist: {missing}"
