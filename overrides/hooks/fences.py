"""MkDocs hook: the fence attributes meant for the tests (tests/harness/markdown.py).

* ``skip="reason"``: the code is not run. The fence, and an output block right
  below it, go into a "Not run" admonition whose title is the reason, so that
  the reader is told as plainly as the test report.
* ``tested_by="tests/..."``, ``warnings="shown"``, ``requires="3.13"`` and
  ``before="3.12"`` only concern the tests.

All of them are removed from the fence before Markdown sees it: pymdownx's
superfences would otherwise refuse the fence and print it as plain text.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
SKIP = re.compile(r'\s*\bskip="(?P<reason>[^"]*)"')
FOR_THE_TESTS_ONLY = re.compile(r'\s*\b(?:tested_by|warnings|requires|before)="[^"]*"')


def _fences(lines: list[str]):
    """Yield (start, end, indent, info) for each top-level fence; end is inclusive."""
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence, indent = opening["fence"], opening["indent"]
        end = index + 1
        while end < len(lines):
            closing = FENCE.match(lines[end])
            if (
                closing
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"].strip()
            ):
                break
            end += 1
        yield index, min(end, len(lines) - 1), indent, opening["info"].strip()
        index = end + 1


def _indented(line: str, indent: str) -> str:
    """One level deeper, inside the admonition."""
    if not line.strip():
        return ""
    if line.startswith(indent):
        return f"{indent}    {line[len(indent) :]}"
    return f"    {line}"


def on_page_markdown(markdown: str, **_) -> str:
    lines = markdown.split("\n")
    fences = list(_fences(lines))
    replacements = []  # (start, end, new lines), applied bottom-up
    for position, (start, end, indent, info) in enumerate(fences):
        lines[start] = FOR_THE_TESTS_ONLY.sub("", lines[start])
        skip = SKIP.search(info)
        if not skip:
            continue
        reason = skip["reason"].strip().replace('"', "'")
        lines[start] = lines[start].replace(skip.group(0), "", 1)
        block_end = end
        if position + 1 < len(fences):
            next_start, next_end, _, next_info = fences[position + 1]
            between = lines[end + 1 : next_start]
            if 'title="Output' in next_info and not any(line.strip() for line in between):
                block_end = next_end
        wrapped = [f'{indent}!!! not-run "Not run: {reason}"', ""] + [
            _indented(line, indent) for line in lines[start : block_end + 1]
        ]
        replacements.append((start, block_end, wrapped))
    for start, end, wrapped in reversed(replacements):
        lines[start : end + 1] = wrapped
    return "\n".join(lines)
