"""A Python-Markdown extension: fences as the reader sees them (harness/fences.py).

* ``skip="reason"``: the code is not run. The fence, and its output block, go
  into a "Not run" admonition whose title is the reason, so that the reader is
  told as plainly as the test report.
* ``tested_by=``, ``warnings=``, ``requires=`` and ``before=`` only concern the
  tests.

All of them are removed from the fence before pymdownx's superfences sees it:
it would refuse the fence and print it as plain text. The extension runs
before pymdownx.snippets, on the page as written, so that its fences are the
ones the tests read. List it under ``markdown_extensions`` as
``harness.site.extension``.
"""

from __future__ import annotations

import bisect
import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from ..fences import FOR_THE_TESTS, blocks, page_fences

SKIP = re.compile(r'\s*\bskip="(?P<reason>[^"]*)"')
TESTS_ONLY = re.compile(
    r'\s*\b(?:{})="[^"]*"'.format("|".join(name for name in FOR_THE_TESTS if name != "skip"))
)
#: Before pymdownx.snippets (32), which puts the snippets' code into the fences.
PRIORITY = 35


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


class FencesForReaders(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(NotRunBoxes(md), "not_run_boxes", PRIORITY)


def makeExtension(**kwargs) -> FencesForReaders:
    return FencesForReaders(**kwargs)
