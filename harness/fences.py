"""The fences of a page: the one model the tests and the build share.

A page is Markdown; its code fences are what the harness runs and what the
build renders. This module reads them, once, for both:

* ``page_fences(text)``: the fences of a page in order, each with its
  language, its attributes (``title=``, ``skip=``, ``requires=``...) and its
  body; a fence shown inside another fence (a Markdown example) is part of
  that fence's body, not a fence of the page;
* ``blocks(fences, text)``: each fence with the output block that belongs to
  it, if one does.

The attributes that concern only the tests (``skip``, ``tested_by``,
``requires``, ``before``, ``warnings``, ``clock``) are removed before the page is
rendered; ``skip`` also puts the code, and its output block, in a "Not run"
box (harness/site/extension.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sybil import Document
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

PYTHON_LANGUAGES = {"python", "py", "python3", "py3"}
DOCTEST_LANGUAGES = {"pycon"}
SHELL_LANGUAGES = {"console"}
CODE_LANGUAGES = PYTHON_LANGUAGES | DOCTEST_LANGUAGES | SHELL_LANGUAGES
#: Diagrams: drawn by the build, and checked in a browser (tests/browser/).
DRAWN_LANGUAGES = {"mermaid"}
#: What a fence may say for the tests alone; the build removes it.
FOR_THE_TESTS = ("skip", "tested_by", "requires", "before", "warnings", "clock")

INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^"]+)"\s*$')
ATTRIBUTE = re.compile(r'(?P<key>[\w-]+)=(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))')
ANNOTATION = re.compile(r"\d+\.[ \t]")
ANSWER_BLOCK = re.compile(r"\?\?\?\+?[ \t]")

_lexer = RawFencedCodeBlockLexer(info_pattern=re.compile(r"(?P<info>[^\n]*)$\n", re.MULTILINE))


@dataclass(frozen=True)
class Fence:
    """A code fence: where it stands on its page, and what it holds."""

    start: int  # offset of its opening line on the page
    end: int  # offset just after its closing backticks
    indent: int  # how far its opening line is indented
    language: str
    attributes: dict[str, str] = field(hash=False)
    #: The lines inside it, less the fence's own indentation (leading spaces
    #: of an output block count).
    source: str

    @property
    def is_code(self) -> bool:
        return self.language in CODE_LANGUAGES

    @property
    def is_output(self) -> bool:
        return self.attributes.get("title", "").startswith("Output")

    @property
    def include(self) -> str | None:
        """The snippet a fence of the single line ``--8<-- "snippets/..."`` includes."""
        match = INCLUDE.match(self.source.strip())
        return match["path"] if match else None


def page_fences(text: str, path: str | Path = "page.md") -> list[Fence]:
    """The fences of a page in order, leaving out fences shown inside other fences."""
    regions = sorted(_lexer(Document(text, str(path))), key=lambda region: region.start)
    fences: list[Fence] = []
    for region in regions:
        if fences and region.start < fences[-1].end:
            continue  # inside the fence before it
        opening = text[region.start : text.find("\n", region.start)]
        language, _, rest = region.lexemes["info"].strip().partition(" ")
        attributes = {
            m["key"]: m["quoted"] if m["quoted"] is not None else m["bare"]
            for m in ATTRIBUTE.finditer(rest)
        }
        fences.append(
            Fence(
                start=region.start,
                end=region.end,
                indent=len(opening) - len(opening.lstrip(" ")),
                language=language.strip("{}.").lower(),
                attributes=attributes,
                source=_body(text[region.start : region.end]),
            )
        )
    return fences


def blocks(fences: list[Fence], text: str) -> Iterator[tuple[Fence, Fence | None]]:
    """Each fence with its output block, or None; an output block that belongs
    to the fence above it is not a block of its own."""
    index = 0
    while index < len(fences):
        fence = fences[index]
        follower = fences[index + 1] if index + 1 < len(fences) else None
        if fence.is_code and follower is not None and _shows_output_of(follower, fence, text):
            yield fence, follower
            index += 2
        else:
            yield fence, None
            index += 1


def _shows_output_of(output: Fence, code: Fence, text: str) -> bool:
    """Whether ``output`` is the output block of ``code``, the fence before it.

    It is when it stands in the same block, with nothing between them but blank
    lines and the numbered list of Material's code annotations (with their
    indented continuation lines); or when a collapsible block (``??? success
    "Answer"``) opens right below the code, and the output is its content.
    Anything else (prose, the end of a tab or of a note) separates them.
    """
    if not output.is_output:
        return False
    indent = code.indent
    expected_indent, annotated = indent, False
    for line in text[code.end : output.start].split("\n")[1:-1]:
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        if expected_indent == indent and depth == indent and ANNOTATION.match(line.lstrip()):
            annotated = True
        elif expected_indent == indent and depth > indent and annotated:
            continue
        elif expected_indent == indent and depth == indent and ANSWER_BLOCK.match(line.lstrip()):
            expected_indent = indent + 4
        else:
            return False
    return output.indent == expected_indent


def _body(fence: str) -> str:
    lines = fence.split("\n")
    indent = len(lines[0]) - len(lines[0].lstrip(" \t"))
    body = lines[1:]
    if body and body[-1].strip().startswith(("```", "~~~")):
        body = body[:-1]
    return "".join(f"{_unindent(line, indent)}\n" for line in body)


def _unindent(line: str, indent: int) -> str:
    """``line`` without the fence's indentation (all of its own, if it has less)."""
    return line[indent:] if not line[:indent].strip() else line.lstrip()
