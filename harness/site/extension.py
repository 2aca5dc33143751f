"""A Python-Markdown extension: fences as the reader sees them (harness/fences.py).

* ``skip="reason"``: the code is not run. The fence, and its output block, go
  into a "Not run" admonition whose title is the reason, so that the reader is
  told as plainly as the test report.
* ``tested_by=``, ``warnings=``, ``requires=`` and ``before=`` only concern the
  tests.
* Inline code in a table may break only after ``.``, ``(``, ``,`` or an inner
  ``_``, where a ``<wbr>`` is put (extra.css lets it break nowhere else), and
  each cell carries its column's header as ``data-label``, which a table
  stacked on a phone shows above the cell.

All of them are removed from the fence before pymdownx's superfences sees it:
it would refuse the fence and print it as plain text. The extension runs
before pymdownx.snippets, on the page as written, so that its fences are the
ones the tests read. List it under ``markdown_extensions`` as
``harness.site.extension``.
"""

from __future__ import annotations

import bisect
import html
import re
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from ..fences import FOR_THE_TESTS, blocks, page_fences

SKIP = re.compile(r'\s*\bskip="(?P<reason>[^"]*)"')
TESTS_ONLY = re.compile(
    r'\s*\b(?:{})="[^"]*"'.format("|".join(name for name in FOR_THE_TESTS if name != "skip"))
)
#: Before pymdownx.snippets (32), which puts the snippets' code into the fences.
PRIORITY = 35
#: Where a name in code may break: after a dot or a comma before a name, after an
#: opening bracket before an argument, after an underscore inside a name (not in
#: ``__aenter__``'s outer ones, not after a leading one).
BREAK = re.compile(r"(?<=\.)(?=[A-Za-z_])|(?<=\()(?=[^\s)])|(?<=,)(?=\S)|(?<=[^\W_]_)(?=[^\W_])")
#: Tags and character references, where no break goes.
MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")
#: After the inline patterns (20), which make the code elements.
TABLE_PRIORITY = 15


class NotRunBoxes(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        line_of = _line_numbers(text)
        replacements = []  # (first line, last line, new lines), applied bottom-up
        for fence, output in blocks(page_fences(text), text):
            start, end = line_of(fence.start), line_of((output or fence).end)
            lines[start] = TESTS_ONLY.sub("", lines[start])
            skip = SKIP.search(lines[start])
            if skip is None:
                continue
            reason = skip["reason"].strip().replace('"', "'")
            lines[start] = lines[start].replace(skip.group(0), "", 1)
            indent = " " * fence.indent
            wrapped = [f'{indent}!!! not-run "Not run: {reason}"', ""] + [
                _indented(line, indent) for line in lines[start : end + 1]
            ]
            replacements.append((start, end, wrapped))
        for start, end, wrapped in reversed(replacements):
            lines[start : end + 1] = wrapped
        return lines


def _line_numbers(text: str):
    """A function from an offset in ``text`` to the number of its line (from 0)."""
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    return lambda offset: bisect.bisect_right(starts, offset) - 1


def _indented(line: str, indent: str) -> str:
    """One level deeper, inside the admonition."""
    if not line.strip():
        return ""
    if line.startswith(indent):
        return f"{indent}    {line[len(indent) :]}"
    return f"    {line}"


class TableCells(Treeprocessor):
    """Break opportunities in table code, and each cell's header as ``data-label``."""

    def run(self, root: Element) -> None:
        stash = self.md.htmlStash
        for table in root.iter("table"):
            headers = [self._plain_text(th) for th in table.iter("th")]
            for row in table.iter("tr"):
                for column, cell in enumerate(row):
                    if cell.tag == "td" and column < len(headers) and headers[column]:
                        cell.set("data-label", headers[column])
                    for code in cell.iter("code"):
                        # pymdownx.inlinehilite leaves the code's HTML in the stash.
                        stashed = HTML_PLACEHOLDER_RE.fullmatch(code.text or "")
                        if stashed:
                            at = int(stashed[1])
                            stash.rawHtmlBlocks[at] = _with_breaks(stash.rawHtmlBlocks[at])
                        elif code.text and not len(code):
                            code.text = stash.store(_with_breaks(code.text))

    def _plain_text(self, element: Element) -> str:
        """The text of ``element``, with what the stash holds for it, without markup."""
        text = "".join(element.itertext())
        text = HTML_PLACEHOLDER_RE.sub(lambda m: self.md.htmlStash.rawHtmlBlocks[int(m[1])], text)
        return html.unescape(re.sub(r"<[^>]*>", "", text)).strip()


def _with_breaks(fragment: str) -> str:
    """The HTML ``fragment`` with a ``<wbr>`` at each BREAK in its text."""
    parts = MARKUP.split(fragment)
    parts[::2] = [BREAK.sub("<wbr>", text) for text in parts[::2]]
    return "".join(parts)


class FencesForReaders(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(NotRunBoxes(md), "not_run_boxes", PRIORITY)
        md.treeprocessors.register(TableCells(md), "table_cells", TABLE_PRIORITY)


def makeExtension(**kwargs) -> FencesForReaders:
    return FencesForReaders(**kwargs)
