"""The reference pages keep their promises.

* Every entry of the error index (docs/reference/errors.md) names the example
  that prints its message, and the output block of that example shows it.
  The page tests check that each output block is what the example prints, so
  together they prove the message is real.
* Every link from a row of the cheat sheet or of "What changed" to a section
  of the course lands on a section that mentions the API the row is about:
  the section's text, up to the next heading of the same or a higher level,
  with the snippets it includes, names each call of the row's first cell.
* Every row of the cheat sheet links to its entry in the Python documentation.

The checkers read Markdown text, so the tests below first prove on small
pages that they catch a wrong message, a wrong link and a missing one.
"""

from __future__ import annotations

import functools
import html
import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

import markdown as python_markdown
import pytest
from mkdocs.config import load_config

from harness.fences import blocks, page_fences
from harness.pages import RunShell
from harness.settings import SETTINGS

DOCS = SETTINGS.root / "docs"
ERRORS = "reference/errors.md"
TABLE_PAGES = ["reference/cheat-sheet.md", "reference/what-changed.md", "reference/which-tool.md"]
#: The column that names a row's API, where it is not the first.
API_COLUMN = "Use"
#: The column of a table that links each row to the section teaching it.
SECTION_COLUMNS = {"Covered in", "Taught in"}
PYTHON_DOCS = "https://docs.python.org/3/"

# In the rendered HTML: a heading with its anchor, and any tag.
HEADING = re.compile(r'<h([1-6])\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAG = re.compile(r"<[^>]+>")
# In a table row's Markdown: a link, and code.
LINK = re.compile(r"\[((?:[^\[\]]|`[^`]*`)*)\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`]+)`")
# What a row's code names: a PEP, a loop (`async for x in aiter`), a call, a name.
PEP = re.compile(r"PEP \d+")
FOR_LOOP = re.compile(r"^((?:async )?for) .+? in (.+?):?$")
CALL = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\(")

IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
#: A keyword argument the row is about, not a default it documents: `debug=True`.
CHOSEN_ARGUMENT = re.compile(r"\b([a-z_]+)=(?:True|\.\.\.)")
PRINTED_BY = re.compile(r"^Printed by \[?`(?P<snippet>[\w.-]+\.py)`")
RUN_COMMAND = re.compile(r"^python (?:-X dev )?snippets/\S+?/(?P<snippet>[\w.-]+\.py)\b")
ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
KEYWORDS = {*keyword.kwlist, "async", "await"}  # (both are keywords, listed or not)


# -- pages and sections -----------------------------------------------------------


@functools.cache
def _renderer() -> python_markdown.Markdown:
    config = load_config(str(SETTINGS.root / "mkdocs.yml"))
    return python_markdown.Markdown(
        extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
    )


def render(text: str) -> str:
    """A page's HTML, as the site renders its Markdown (snippets included)."""
    renderer = _renderer()
    renderer.reset()
    return renderer.convert(text)


def plain(fragment: str) -> str:
    return html.unescape(TAG.sub("", fragment))


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    text: str  # the heading and everything under it, as plain text


def sections_of(page_html: str) -> dict[str, Section]:
    """Each heading's section, by anchor; "" is the whole page."""
    headings = list(HEADING.finditer(page_html))
    found = {"": Section("", 0, plain(page_html))}
    for index, heading in enumerate(headings):
        level = int(heading[1])
        end = next(
            (later.start() for later in headings[index + 1 :] if int(later[1]) <= level),
            len(page_html),
        )
        title = plain(heading[3]).rstrip("¶").strip()
        found[heading[2]] = Section(title, level, plain(page_html[heading.start() : end]))
    return found


class Site:
    """Pages by their path under docs/, rendered when first asked for."""

    def __init__(self, pages: dict[str, str]):
        self.pages = pages
        self._sections: dict[str, dict[str, Section]] = {}

    def sections(self, page: str) -> dict[str, Section] | None:
        if page not in self.pages:
            return None
        if page not in self._sections:
            self._sections[page] = sections_of(render(self.pages[page]))
        return self._sections[page]

    def target(self, from_page: str, link: str) -> tuple[str, str]:
        """The page (under docs/) and anchor a relative link goes to."""
        path, _, anchor = link.partition("#")
        if not path:
            return from_page, anchor
        joined = PurePosixPath(from_page).parent / path
        parts: list[str] = []
        for part in joined.parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        return "/".join(parts), anchor


@functools.cache
def the_site() -> Site:
    return Site({p.relative_to(DOCS).as_posix(): p.read_text() for p in DOCS.rglob("*.md")})


# -- what a row is about ------------------------------------------------------------


def mentions(code: str) -> list[list[str]]:
    """What a section must contain to mention the call ``code``: any one of each list.

    ``asyncio.timeout(seconds)`` is mentioned by ``asyncio.timeout`` or
    ``timeout(``; a distinctive name (``TaskGroup``, ``to_thread``) by itself
    too. A keyword argument the row is about (``debug=True``) must appear as
    well. A command (``python -X dev``) or bare syntax (``async with``) must
    appear as it is written.
    """
    code = code.strip()
    if code.startswith("except*"):
        return [["except*"]]
    if loop := FOR_LOOP.match(code):  # `async for line in reader:` is about `async for`
        return [[loop[1]], *mentions(loop[2])]
    names = [name for name in NAME.findall(code) if name not in KEYWORDS]
    if code.startswith("python ") or not names:
        return [[re.sub(r"(?: [A-Z]+)+$", "", code)]]  # `python -m asyncio ps PID`
    call = CALL.search(code)
    dotted = call[1] if call else names[0]
    last = dotted.rsplit(".", 1)[-1]
    ways = [dotted, f"{last}("] if call else [dotted]
    if not call or "_" in last or any(c.isupper() for c in last):
        ways.append(last)
    ways = list(dict.fromkeys(ways))
    return [ways] + [[f"{name}="] for name in CHOSEN_ARGUMENT.findall(code)]


def is_mentioned(ways: list[str], text: str) -> bool:
    return any(
        re.search(rf"(?<!\w){re.escape(way)}" + (r"(?!\w)" if way[-1].isalnum() else ""), text)
        for way in ways
    )


# -- tables -----------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    page: str
    heading: str
    cells: dict[str, str]  # column name -> Markdown of the cell
    first: str  # the first cell

    @property
    def where(self) -> str:
        return f"{self.page}, {self.heading}: {self.first[:60]}"


def split_row(line: str) -> list[str]:
    """The cells of a table line; a `|` inside a code span does not end a cell."""
    cells, cell, in_code = [], "", False
    for char in line.strip().strip("|"):
        if char == "`":
            in_code = not in_code
        if char == "|" and not in_code:
            cells.append(cell.strip())
            cell = ""
        else:
            cell += char
    return [*cells, cell.strip()]


def outside_fences(text: str) -> Iterator[str]:
    fence = None
    for line in text.splitlines():
        stripped = line.strip()
        marker = re.match(r"(`{3,}|~{3,})", stripped)
        if marker and (fence is None or stripped.startswith(fence)):
            fence = None if fence else marker[1]
            continue
        if fence is None:
            yield line


def table_rows(page: str, text: str) -> list[Row]:
    rows, header, heading = [], None, ""
    for line in outside_fences(text):
        if match := ATX_HEADING.match(line):
            heading = match[2]
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = split_row(line)
        if header is None:
            header = cells
        elif not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
            rows.append(Row(page, heading, dict(zip(header, cells, strict=True)), cells[0]))
    return rows


def section_problems(row: Row, site: Site) -> list[str]:
    """Why a row's section links do not show the row's calls, if they do not."""
    links = [
        url
        for column, cell in row.cells.items()
        if column in SECTION_COLUMNS
        for _, url in LINK.findall(cell)
    ]
    if not links:
        return []
    first = LINK.sub(r"\1", row.cells.get(API_COLUMN, row.first))
    needed = [ways for call in CODE.findall(first) for ways in mentions(call)]
    needed = needed or [[pep] for pep in PEP.findall(first)]  # a change with no API of its own
    if not needed:
        return [f"{row.where}: name the API in `code`, or the PEP, so that it can be checked"]
    problems, texts = [], []
    for url in links:
        page, anchor = site.target(row.page, url)
        sections = site.sections(page)
        if sections is None:
            problems.append(f"{row.where}: {url} is not a page of the site")
        elif anchor not in sections:
            problems.append(f"{row.where}: {url}: {page} has no section #{anchor}")
        else:
            texts.append((url, sections[anchor].text))
    for ways in needed:
        if texts and not any(is_mentioned(ways, text) for _, text in texts):
            linked = ", ".join(url for url, _ in texts)
            problems.append(f"{row.where}: {linked} never mentions {' or '.join(ways)}")
    return problems


def documentation_problems(row: Row) -> list[str]:
    """A cheat-sheet row links its calls to the Python documentation, at their entry."""
    urls = [url for _, url in LINK.findall(row.first)]
    docs = [url for url in urls if url.startswith(PYTHON_DOCS)]
    if not docs:
        return [f"{row.where}: link the call to its entry in {PYTHON_DOCS}"]
    problems = [
        f"{row.where}: {url} is not the Python documentation" for url in urls if url not in docs
    ]
    names = {name.lower() for code in CODE.findall(row.first) for name in IDENTIFIER.findall(code)}
    for url in docs:
        anchor = url.partition("#")[2]
        entry = anchor.rsplit(".", 1)[-1].lower()
        if anchor.startswith("asyncio.") and not any(
            n in entry or entry in n for n in names if len(n) > 2
        ):
            problems.append(f"{row.where}: {url} documents {anchor}, which the row does not name")
    return problems


# -- the error index --------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    message: str
    snippet: str | None
    line: int


def entries(text: str) -> list[Entry]:
    """Each ### heading of the error index, and the example its first line names."""
    lines = list(outside_fences(text))
    found = []
    for number, line in enumerate(lines):
        match = ATX_HEADING.match(line)
        if not match or len(match[1]) != 3:
            continue
        following = next((later for later in lines[number + 1 :] if later.strip()), "")
        printed_by = PRINTED_BY.match(following)
        message = plain(render(match[2]))  # the heading's text, as the reader sees it
        found.append(Entry(message, printed_by["snippet"] if printed_by else None, number))
    return found


def shown_outputs(text: str) -> dict[str, list[str]]:
    """What the page shows each snippet printing: its output blocks and console outputs."""
    shown: dict[str, list[str]] = {}
    for fence, output in blocks(page_fences(text, DOCS / ERRORS), text):
        if fence.language == "console":
            session = RunShell.parse(fence.source, ERRORS)
            for command, expected in getattr(session, "commands", []):
                if run := RUN_COMMAND.match(command):
                    shown.setdefault(run["snippet"], []).append(expected.text)
        if fence.include and output is not None:
            shown.setdefault(PurePosixPath(fence.include).name, []).append(output.source)
    return shown


def pattern(message: str) -> re.Pattern:
    """The message, with `...` standing for any text on the same line."""
    return re.compile(".*?".join(re.escape(part) for part in message.split("...")))


def entry_problems(text: str) -> list[str]:
    shown = shown_outputs(text)
    problems = []
    for entry in entries(text):
        if entry.snippet is None:
            problems.append(f"{entry.message}: start the entry with Printed by `example.py`")
        elif not shown.get(entry.snippet):
            problems.append(f"{entry.message}: the page shows no output of {entry.snippet}")
        else:
            for output in shown[entry.snippet]:
                if not pattern(entry.message).search(output):
                    problems.append(
                        f"{entry.message}: not in this output of {entry.snippet}:\n{output}"
                    )
    return problems


# -- the checkers, on small pages ----------------------------------------------------


ERROR_PAGE = """\
# Errors

### RuntimeError: Event loop is closed

Printed by `closed.py`, below.

```python title="closed.py"
--8<-- "snippets/errors/closed.py"
```

```text title="Output"
Traceback (most recent call last):
...
RuntimeError: Event loop is closed
```

### Task ... was destroyed

Printed by `closed.py`, above.
"""


def test_an_entry_whose_message_its_example_does_not_print_is_found():
    problems = entry_problems(ERROR_PAGE)
    assert problems == [
        "Task ... was destroyed: not in this output of closed.py:\n"
        "Traceback (most recent call last):\n...\nRuntimeError: Event loop is closed\n"
    ]


def test_an_entry_is_checked_against_console_output_and_needs_its_example():
    page = ERROR_PAGE.replace("Task ... was destroyed", "RuntimeError: Event loop ... closed")
    assert entry_problems(page) == []
    console = "```console\n$ python -X dev snippets/errors/closed.py\nEvent loop is closed\n```\n"
    assert entry_problems("### Event loop is closed\n\nPrinted by `closed.py`.\n\n" + console) == []
    assert entry_problems("### Event loop is closed\n\nSee `closed.py`.\n") == [
        "Event loop is closed: start the entry with Printed by `example.py`"
    ]
    assert entry_problems("### Event loop is closed\n\nPrinted by `gone.py`.\n") == [
        "Event loop is closed: the page shows no output of gone.py"
    ]


TEACHING = """\
# Chapter

## Timeouts

Limit a block with `asyncio.timeout()`:

```python
--8<-- "snippets/event-loop/hello.py"
```

### A deadline

`timeout_at()` takes a deadline.

## Queues

Nothing about time here.
"""
TABLE = """\
# Reference

## Waiting

| Call | What it does | Taught in |
|---|---|---|
| `async with asyncio.timeout(seconds):` | a limit | [Timeouts](../guide/chapter.md#timeouts) |
| `asyncio.sleep(1)` | sleep | [Timeouts](../guide/chapter.md#timeouts) |
| `asyncio.timeout_at(when)` | a deadline | [Queues](../guide/chapter.md#queues) |
| `asyncio.wait(aws)` | wait | [Gone](../guide/chapter.md#gone) |
| a sentence with no code | - | [Timeouts](../guide/chapter.md#timeouts) |
"""


def test_a_link_to_a_section_that_does_not_show_the_call_is_found():
    site = Site({"guide/chapter.md": TEACHING, "reference/table.md": TABLE})
    problems = [
        problem
        for row in table_rows("reference/table.md", TABLE)
        for problem in section_problems(row, site)
    ]
    where = "reference/table.md, Waiting: "
    assert problems == [
        # The snippet included in the section (hello.py) mentions asyncio.sleep().
        f"{where}`asyncio.timeout_at(when)`: ../guide/chapter.md#queues never mentions "
        "asyncio.timeout_at or timeout_at( or timeout_at",
        f"{where}`asyncio.wait(aws)`: ../guide/chapter.md#gone: guide/chapter.md has no "
        "section #gone",
        f"{where}a sentence with no code: name the API in `code`, or the PEP, so that it "
        "can be checked",
    ]


def test_a_section_ends_at_the_next_heading_of_its_level():
    sections = sections_of(render(TEACHING))
    assert "timeout_at()" in sections["timeouts"].text
    assert "Nothing about time" not in sections["timeouts"].text
    assert sections["a-deadline"].level == 3


def test_what_a_call_is_mentioned_by():
    assert mentions("async with asyncio.timeout(seconds):") == [["asyncio.timeout", "timeout("]]
    assert mentions("asyncio.run(coro, debug=True)") == [["asyncio.run", "run("], ["debug="]]
    assert mentions("except TimeoutError:") == [["TimeoutError"]]
    assert mentions("proc.returncode") == [["proc.returncode", "returncode"]]
    assert mentions("async for line in reader:") == [["async for"], ["reader"]]
    assert mentions("except* ValueError:") == [["except*"]]
    assert mentions("python -m asyncio ps PID") == [["python -m asyncio ps"]]
    assert mentions("async with") == [["async with"]]
    assert is_mentioned(["timeout("], "use asyncio.timeout(1)")
    assert not is_mentioned(["TaskGroup"], "a TaskGroups page")


def test_a_cheat_sheet_row_without_its_documentation_link_is_found():
    [linked, unlinked, wrong] = table_rows(
        "reference/table.md",
        "| Call | Taught in |\n|---|---|\n"
        f"| [`asyncio.sleep(s)`]({PYTHON_DOCS}library/asyncio-task.html#asyncio.sleep) | |\n"
        "| `asyncio.sleep(s)` | |\n"
        f"| [`asyncio.sleep(s)`]({PYTHON_DOCS}library/asyncio-task.html#asyncio.wait) | |\n",
    )
    assert documentation_problems(linked) == []
    assert documentation_problems(unlinked) == [
        f"{unlinked.where}: link the call to its entry in {PYTHON_DOCS}"
    ]
    assert documentation_problems(wrong) == [
        f"{wrong.where}: {PYTHON_DOCS}library/asyncio-task.html#asyncio.wait documents "
        "asyncio.wait, which the row does not name"
    ]


# -- the real pages -----------------------------------------------------------------


def test_every_error_entry_is_printed_by_its_example():
    text = (DOCS / ERRORS).read_text()
    assert len(entries(text)) >= 25
    assert entry_problems(text) == []


@pytest.mark.parametrize("page", TABLE_PAGES)
def test_every_section_link_of_a_table_lands_on_a_section_that_shows_the_api(page):
    rows = table_rows(page, (DOCS / page).read_text())
    problems = [problem for row in rows for problem in section_problems(row, the_site())]
    assert problems == [], "\n".join(problems)


def test_every_cheat_sheet_row_links_to_the_python_documentation_and_a_section():
    page = "reference/cheat-sheet.md"
    rows = table_rows(page, (DOCS / page).read_text())
    problems = [problem for row in rows for problem in documentation_problems(row)]
    problems += [
        f"{row.where}: link the section that teaches it"
        for row in rows
        if not any(LINK.search(row.cells.get(column, "")) for column in SECTION_COLUMNS)
    ]
    assert problems == [], "\n".join(problems)
