"""Turn the code fences of a Markdown page into Sybil examples.

Every fence whose language is Python (``python``, ``py``, ``python3``) or a
console session (``pycon``) becomes a test, whatever attributes it carries
(``title=``, ``hl_lines=``...):

* a python fence whose only line is ``--8<-- "snippets/..."`` runs that file
  as ``__main__``;
* any other python fence runs inline, in a namespace shared by the page;
* a pycon fence runs as a doctest, in the same namespace;
* a console fence runs its ``$ `` commands with bash from the repository's
  root, ``python`` being the harness (tests/harness/command.py), and compares
  what each command prints with the lines under it;
* a fence with ``skip="reason"`` is reported as skipped, with that reason
  (the site shows the reason to the reader: overrides/hooks/fences.py);
* a fence with ``tested_by="tests/test_x.py"`` is code that test file runs
  (a bot, a server): reported as skipped, after checking the file names it;
* a fence with ``requires="3.13"`` runs on that Python and newer, and is
  reported as skipped on older ones; one with ``before="3.12"`` runs only on
  Pythons older than that (to show what they print instead).

A fence with ``title="Output..."`` directly below a python fence is the output
that code must print. ``...`` in it matches any text. Log records and warnings
must appear in it; ``warnings="shown"`` on the code fence prints warnings
instead of raising them.

Anything that looks like Python but is none of the above fails, so no example
on a page can go untested by accident.
"""

from __future__ import annotations

import difflib
import doctest
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sybil import Document, Example, Region
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

from . import running
from .running import ROOT, Run, run_snippet, run_watched

PYTHON_LANGUAGES = {"python", "py", "python3", "py3"}
DOCTEST_LANGUAGES = {"pycon"}
SHELL_LANGUAGES = {"console"}
#: Diagrams: drawn by the build, and checked in a browser (tests/browser/).
DRAWN_LANGUAGES = {"mermaid"}
INCLUDE = re.compile(r'^--8<--\s+"(?P<path>[^"]+)"\s*$')
ATTRIBUTE = re.compile(r'(?P<key>[\w-]+)=(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))')
PYTHONISH_FENCE = re.compile(
    r"^[ \t]*(?:`{3,}|~{3,})[ \t]*\{?\.?(?:python3?|py3?|pycon)\b", re.MULTILINE
)
DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.REPORT_UDIFF
#: A fence's attribute naming a Python version, whether an example runs on
#: this one, and what the report says when it does not.
VERSION_BOUNDS = [
    ("requires", lambda here, version: here >= version, "needs Python"),
    ("before", lambda here, version: here < version, "for Python before"),
]
ANNOTATION = re.compile(r"\d+\.[ \t]")
ANSWER_BLOCK = re.compile(r"\?\?\?\+?[ \t]")

_lexer = RawFencedCodeBlockLexer(info_pattern=re.compile(r"(?P<info>[^\n]*)$\n", re.MULTILINE))


@dataclass
class Fence:
    region: Region
    language: str
    attributes: dict[str, str]
    source: str

    @classmethod
    def from_region(cls, region: Region, text: str) -> Fence:
        info = region.lexemes["info"].strip()
        language, _, rest = info.partition(" ")
        attributes = {
            m["key"]: m["quoted"] if m["quoted"] is not None else m["bare"]
            for m in ATTRIBUTE.finditer(rest)
        }
        return cls(region, language.strip("{}.").lower(), attributes, _body(region, text))

    @property
    def is_code(self) -> bool:
        return self.language in PYTHON_LANGUAGES | DOCTEST_LANGUAGES | SHELL_LANGUAGES

    @property
    def is_output(self) -> bool:
        return self.attributes.get("title", "").startswith("Output")

    def indent(self, text: str) -> int:
        """How far the fence's opening line is indented on the page ``text``."""
        line = text[self.region.start : text.find("\n", self.region.start)]
        return len(line) - len(line.lstrip(" "))


def _body(region: Region, text: str) -> str:
    """The lines inside a fence, less the fence's own indentation only.

    (Sybil's lexeme is dedented, which would drop the leading spaces an output
    block may need.)
    """
    lines = text[region.start : region.end].split("\n")
    opening = lines[0]
    indent = len(opening) - len(opening.lstrip(" \t"))
    body = lines[1:]
    if body and body[-1].strip().startswith(("```", "~~~")):
        body = body[:-1]
    return "".join(f"{_unindent(line, indent)}\n" for line in body)


def _unindent(line: str, indent: int) -> str:
    """``line`` without the fence's indentation (all of its own, if it has less)."""
    return line[indent:] if not line[:indent].strip() else line.lstrip()


@dataclass(frozen=True)
class Expected:
    """An output block and where it stands on the page."""

    text: str
    where: str


# -- evaluators ------------------------------------------------------------------


TRACEBACK = "Traceback (most recent call last):"


def _compare(run: Run, expected: Expected | None, ran: str) -> str | None:
    problems = list(run.problems)
    unshown = run.unshown_messages(expected.text if expected else None)
    problems += [f"logged or warned (and not shown on the page): {line}" for line in unshown]
    ending = _unshown_ending(run, expected)
    if ending:
        problems.append(ending)
    if problems:
        return f"{ran} is not clean:\n  - " + "\n  - ".join(problems) + _tail(run.output)
    if expected is None:
        return None
    return difference(expected, run.output, ran)


def _unshown_ending(run: Run, expected: Expected | None) -> str | None:
    """Why the way ``run`` ended is not on the page, if it is not.

    A reader sees a traceback, but not an exit status: a python fence may end
    in an uncaught exception only if its output block shows the traceback, and
    may not end with a non-zero status at all (a console fence can show it).
    """
    if run.uncaught:
        if expected is not None and TRACEBACK in expected.text:
            return None
        return f"it ends with an uncaught {run.uncaught}, and no output block shows the traceback"
    if run.exit_code:
        return (
            f"it ends with exit status {run.exit_code}, which a reader sees only if the page "
            "says so: run it in a console fence and show `$ echo $?`"
        )
    return None


def difference(expected: Expected, output: str, ran: str) -> str | None:
    """None if ``output`` matches (``...`` matching anything), else a readable diff."""
    if doctest.OutputChecker().check_output(expected.text, output, doctest.ELLIPSIS):
        return None
    diff = difflib.unified_diff(
        expected.text.splitlines(keepends=True),
        output.splitlines(keepends=True),
        fromfile=f"expected: {expected.where}",
        tofile=f"printed: {ran}",
    )
    return f"{ran} printed something else than the page shows:\n" + "".join(diff)


def _tail(output: str) -> str:
    return "\nIts output was:\n" + output if output else ""


@dataclass
class RunSnippet:
    path: Path
    expected: Expected | None
    warnings_as_errors: bool = True

    def __call__(self, example: Example) -> str | None:
        run = run_snippet(self.path, warnings_as_errors=self.warnings_as_errors)
        return _compare(run, self.expected, self.path.relative_to(ROOT).as_posix())


@dataclass
class RunInline:
    source: str
    line: int
    expected: Expected | None
    warnings_as_errors: bool = True

    def __call__(self, example: Example) -> str | None:
        filename = _page(example.document)
        code = compile("\n" * (self.line - 1) + self.source, filename, "exec")
        run = run_watched(
            lambda: exec(code, example.namespace),
            filename=filename,
            warnings_as_errors=self.warnings_as_errors,
        )
        return _compare(run, self.expected, f"the code at {filename}:{self.line}")


@dataclass
class RunShell:
    """A console session: each ``$ `` command, and the output shown under it.

    A command may end with a non-zero status only if the page shows it: the
    next command reads ``$?``, or the output shows the traceback.
    """

    commands: list[tuple[str, Expected]]

    MARK = "\x1e-- next command --\x1e"
    STATUS = "\x1e-- exit status --\x1e"

    def __call__(self, example: Example) -> str | None:
        with tempfile.NamedTemporaryFile("r", suffix=".noise") as noise:
            result = self._run(noise.name)
            problems = noise.read().splitlines()
        chunks = result.stdout.split(self.MARK + "\n")[1:]
        if result.stderr or len(chunks) != len(self.commands):
            return f"the console session did not run:\n{result.stdout}{result.stderr}"
        failures = []
        following = [command for command, _ in self.commands[1:]] + [""]
        for (command, expected), chunk, then in zip(self.commands, chunks, following, strict=True):
            output, _, status = chunk.rpartition(f"\n{self.STATUS} ")
            shown = "$?" in then
            if int(status) and not shown and TRACEBACK not in expected.text:
                failures.append(
                    f"$ {command} ends with exit status {int(status)}, and the page does not say "
                    "so: add `$ echo $?` after it"
                )
            failures.append(difference(expected, output, f"$ {command}"))
        failures += [f"$ python ... is not clean: {problem}" for problem in problems]
        return "\n".join(failure for failure in failures if failure) or None

    def _run(self, noise: str) -> subprocess.CompletedProcess:
        """Each command with bash, ``python`` being the harness, which notes noise in ``noise``."""
        script = [
            'python() { "$EXAMPLES_PYTHON" -m tests.harness.command --noise-to "$NOISE" "$@"; }',
            "status=0",
        ]
        for command, _ in self.commands:
            script += [
                f"printf '%s\\n' '{self.MARK}'",
                f"(exit $status); {{ {command}\n}} 2>&1; status=$?",  # so that $? is the command's
                f"printf '\\n%s %d\\n' '{self.STATUS}' $status",
            ]
        env = {
            **os.environ,
            "EXAMPLES_PYTHON": sys.executable,
            "EXAMPLES_CLOCK": running.clock,
            "EXAMPLES_ROOT": str(ROOT),
            "NOISE": noise,
            "PYTHONPATH": str(running.HOME),
            "PYTHONUNBUFFERED": "1",
        }
        return subprocess.run(
            ["bash", "-c", "\n".join(script)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    @classmethod
    def parse(cls, source: str, where: str):
        commands: list[tuple[str, list[str]]] = []
        for line in source.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            elif commands:
                commands[-1][1].append(line + "\n")
            elif line.strip():
                return Fail("a console block starts with a `$ ` command line")
        if not commands:
            return Fail("a console block needs at least one `$ ` command line")
        return cls([(command, Expected("".join(lines), where)) for command, lines in commands])


@dataclass
class TestedElsewhere:
    """Code a test file runs, for example a bot against a fake Telegram server; or
    text a test file checks, which it reads from the page.

    Proven when that test file ran in this session (pytest runs tests/ before
    docs/) and ran the snippet (read the page); taken on trust, and reported
    so, when it did not.
    """

    test_file: str
    shows: str

    def __call__(self, example: Example) -> None:
        path = ROOT / self.test_file
        if not (path.is_file() and path.is_relative_to(ROOT / "tests")):
            return f"tested_by names {self.test_file}, which is not a file under tests/"
        ran = running.SNIPPET_RUNS.ran(self.test_file, ROOT / self.shows)
        if ran is False:
            done = "read" if self.shows.startswith("docs/") else "ran"
            return f"{self.test_file} ran, but never {done} {self.shows}"
        reason = f"run by {self.test_file}" + ("" if ran else ", which this session did not run")
        raise pytest.skip.Exception(reason, _use_item_location=True)


@dataclass
class RunDoctest:
    source: str
    line: int

    def __call__(self, example: Example) -> str | None:
        filename = _page(example.document)
        test = doctest.DocTestParser().get_doctest(
            self.source, example.namespace, filename, filename, self.line - 1
        )
        test.globs = example.namespace  # DocTest copies it; the page's sessions share one
        runner = doctest.DocTestRunner(optionflags=DOCTEST_FLAGS)
        report: list[str] = []
        run = run_watched(
            lambda: runner.run(test, out=report.append, clear_globs=False),
            filename=filename,
        )
        if runner.failures:
            return "".join(report)
        return _compare(run, None, f"the session at {filename}:{self.line}")


@dataclass
class Skip:
    reason: str

    def __call__(self, example: Example) -> None:
        # Reported at the fence's line on the page, not here.
        raise pytest.skip.Exception(self.reason, _use_item_location=True)


@dataclass
class Fail:
    message: str

    def __call__(self, example: Example) -> str:
        return self.message


# -- the parser ------------------------------------------------------------------


def _page(document: Document) -> str:
    return Path(document.path).resolve().relative_to(ROOT).as_posix()


def _line(document: Document, position: int) -> int:
    return document.text.count("\n", 0, position) + 1


def _top_level(regions: list[Region]) -> list[Region]:
    """Drop fences nested in other fences (a Markdown example showing a fence)."""
    regions = sorted(regions, key=lambda r: r.start)
    kept: list[Region] = []
    for region in regions:
        if not kept or region.start >= kept[-1].end:
            kept.append(region)
    return kept


def _example_for(fence: Fence, expected: Expected | None, document: Document):
    """The evaluator for a python, pycon or console fence."""
    if skipped := _skipped(fence):
        return skipped
    for bound, runs_here, reason in VERSION_BOUNDS:
        if bound in fence.attributes:
            version = fence.attributes[bound]
            if not re.fullmatch(r"3\.\d+", version):
                return Fail(f'{bound}="{version}" should name a Python version, such as "3.13"')
            if not runs_here(sys.version_info[:2], tuple(map(int, version.split(".")))):
                return Skip(f"{reason} {version}; this is {sys.version.split()[0]}")
    line = _line(document, fence.region.start) + 1
    if expected is not None and fence.language not in PYTHON_LANGUAGES:
        return Fail("a console session shows its own output; remove the output block")
    if fence.language in DOCTEST_LANGUAGES:
        return RunDoctest(fence.source, line)
    if fence.language in SHELL_LANGUAGES:
        return RunShell.parse(fence.source, f"{_page(document)}:{line}")
    warnings_as_errors = fence.attributes.get("warnings") != "shown"
    includes = [INCLUDE.match(text.strip()) for text in fence.source.splitlines() if text.strip()]
    if any(includes):
        if len(includes) != 1:
            return Fail("a fence that includes a snippet must contain only the --8<-- line")
        path = (ROOT / includes[0]["path"]).resolve()
        if not path.is_relative_to(ROOT / "snippets") or not path.is_file():
            return Fail(f"{includes[0]['path']} is not a file under snippets/")
        if "tested_by" in fence.attributes:
            return TestedElsewhere(fence.attributes["tested_by"], includes[0]["path"])
        return RunSnippet(path, expected, warnings_as_errors)
    if "--8<--" in fence.source:
        return Fail('write a snippet include exactly as --8<-- "snippets/<page>/<file>.py"')
    return RunInline(fence.source, line, expected, warnings_as_errors)


def page_fences(document: Document) -> list[Fence]:
    """The fences of a page in order, leaving out fences shown inside other fences."""
    return [Fence.from_region(r, document.text) for r in _top_level(list(_lexer(document)))]


def _skipped(fence: Fence):
    """The evaluator of a fence with ``skip="reason"``, or None if it has none."""
    if "skip" not in fence.attributes:
        return None
    reason = fence.attributes["skip"].strip()
    return Skip(reason) if reason else Fail('skip="" needs a reason the reader can see')


def _not_run(fence: Fence, document: Document):
    """A fence in another language: checked by a test file, or it says why it is not run."""
    if "tested_by" in fence.attributes:
        return TestedElsewhere(fence.attributes["tested_by"], _page(document))
    kind = fence.language or "plain"
    return _skipped(fence) or Fail(
        f"this {kind} fence is neither run by the tests nor skipped with a reason"
    )


def _shows_output_of(output: Fence, code: Fence, text: str) -> bool:
    """Whether ``output`` is the output block of ``code``, the fence before it.

    It is when it stands in the same block, with nothing between them but blank
    lines and the numbered list of Material's code annotations (with their
    indented continuation lines); or when a collapsible block (``??? success
    "Answer"``) opens right below the code, and the output is its content.
    Anything else (prose, the end of a tab or of a note) separates them.
    """
    indent = code.indent(text)
    between = text[code.region.end : output.region.start].split("\n")[1:-1]
    expected_indent, annotated = indent, False
    for line in between:
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
    return output.indent(text) == expected_indent


def parse_page(document: Document):
    """A Sybil parser: one region per python/pycon fence (with its output block)."""
    fences = page_fences(document)
    claimed: list[tuple[int, int]] = []
    index = 0
    while index < len(fences):
        fence = fences[index]
        follower = fences[index + 1] if index + 1 < len(fences) else None
        adjacent = (
            follower is not None
            and follower.is_output
            and _shows_output_of(follower, fence, document.text)
        )
        if fence.is_code:
            expected = None
            end = fence.region.end
            if adjacent:
                where = f"{_page(document)}:{_line(document, follower.region.start)}"
                expected = Expected(follower.source, where)
                end = follower.region.end
                index += 1
            evaluator = _example_for(fence, expected, document)
            if expected is not None and expected.text.strip() == "...":
                evaluator = Fail("an output block of only `...` checks nothing: show the output")
            yield Region(fence.region.start, end, evaluator=evaluator)
            claimed.append((fence.region.start, end))
        elif fence.is_output:
            yield Region(
                fence.region.start,
                fence.region.end,
                evaluator=Fail("this output block has no python fence right above it"),
            )
            claimed.append((fence.region.start, fence.region.end))
        else:
            if fence.language not in DRAWN_LANGUAGES:
                yield Region(
                    fence.region.start, fence.region.end, evaluator=_not_run(fence, document)
                )
            claimed.append((fence.region.start, fence.region.end))
        index += 1
    # A safety net: a Python-looking fence the lexer did not see as one.
    for match in PYTHONISH_FENCE.finditer(document.text):
        if not any(start <= match.start() < end for start, end in claimed):
            yield Region(
                match.start(),
                match.end(),
                evaluator=Fail("this fence is neither run by the tests nor skipped with a reason"),
            )
