"""Turn the code fences of a Markdown page into Sybil examples.

Every fence whose language is Python (``python``, ``py``, ``python3``) or a
console session (``pycon``) becomes a test, whatever attributes it carries
(``title=``, ``hl_lines=``...):

* a python fence whose only line is ``--8<-- "snippets/..."`` runs that file
  as ``__main__``;
* any other python fence runs inline, in a namespace shared by the page;
* a pycon fence runs as a doctest, in the same namespace;
* a console fence runs its ``$ `` commands with bash from the repository's
  root, ``python`` being the harness (harness/command.py), and compares
  what each command prints with the lines under it;
* a fence with ``skip="reason"`` is reported as skipped, with that reason
  (the site shows the reason to the reader: overrides/hooks/fences.py);
* a fence with ``tested_by="tests/test_x.py"`` is code that test file runs
  (a bot, a server): reported as skipped, after checking the file names it;
* a fence with ``requires="3.13"`` runs on that Python and newer, and is
  reported as skipped on older ones; one with ``before="3.12"`` runs only on
  Pythons older than that (to show what they print instead).
* an included snippet or a console session with ``clock="real"`` prints
  times of the real clock (threads, blocking calls, processes): it runs on the
  real clock, and if it prints something else, again while no other test runs
  (the others may have made it late; the second run decides).

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
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sybil import Document, Example, Region

from .fences import (
    DOCTEST_LANGUAGES,
    DRAWN_LANGUAGES,
    PYTHON_LANGUAGES,
    SHELL_LANGUAGES,
    Fence,
    blocks,
    page_fences,
)
from .running import Run, run_snippet, run_watched
from .settings import SETTINGS
from .snippet_runs import SNIPPET_RUNS
from .turns import TURNS

DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.REPORT_UDIFF
#: A fence's attribute naming a Python version, whether an example runs on
#: this one, and what the report says when it does not.
VERSION_BOUNDS = [
    ("requires", lambda here, version: here >= version, "needs Python"),
    ("before", lambda here, version: here < version, "for Python before"),
]


@dataclass(frozen=True)
class Expected:
    """An output block and where it stands on the page."""

    text: str
    where: str
    #: The page's file and the block's fence on it, for --update-outputs.
    page: Path | None = None
    fence: Fence | None = None


class OutputUpdates:
    """--update-outputs: what examples printed, to be written into their blocks.

    An example that prints something else than its block shows passes, and the
    block is rewritten at the end of the session (all blocks of a page at
    once, so that none moves another). A block that uses ``...`` is not: only
    its author knows what varies.
    """

    def __init__(self) -> None:
        self.enabled = False
        self._pending: dict[Path, list[tuple[Fence, str, str]]] = {}

    def offer(self, expected: Expected, output: str) -> str | None:
        """None once the block is set to be rewritten; else why it cannot be."""
        if "..." in expected.text:
            return "not updated: the block uses `...`; update it by hand"
        if expected.page is None or expected.fence is None:
            return "not updated: this block is not a page's"
        self._pending.setdefault(expected.page, []).append((expected.fence, output, expected.where))
        return None

    def write(self) -> list[str]:
        """Rewrite the blocks; where each one stands, in order."""
        written = []
        for page, updates in self._pending.items():
            text = page.read_text()
            for fence, output, where in sorted(updates, key=lambda u: u[0].start, reverse=True):
                body_start = text.index("\n", fence.start) + 1
                body_end = text.rindex("\n", 0, fence.end) + 1
                margin = " " * fence.indent
                body = "".join(
                    f"{margin}{line}\n" if line else "\n" for line in output.splitlines()
                )
                text = text[:body_start] + body + text[body_end:]
                written.append(where)
            page.write_text(text)
        self._pending.clear()
        return sorted(written, key=lambda where: int(where.rpartition(":")[2]))


UPDATES = OutputUpdates()


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
    different = difference(expected, run.output, ran)
    if different and UPDATES.enabled:
        refused = UPDATES.offer(expected, run.output)
        return f"{different}({refused})" if refused else None
    return different


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


#: How long an example timed on the real clock waits for the machine to itself: as
#: long as a test in another worker may take (the build, plugin.BUILD_TIMEOUT_SECONDS).
#: The plugin adds it to the example's timeout.
ALONE_WITHIN_SECONDS = 360.0


def timed_on_the_real_clock(example: Example) -> bool:
    return getattr(example.region.evaluator, "clock", None) == "real"


def _again_alone_if_late(clock: str | None, attempt: Callable[[], str | None]) -> str | None:
    """What ``attempt()`` found wrong. An example timed on the real clock that printed
    something else runs again while no other test runs: the other tests, which a
    reader's machine does not run, may have made it late. The second run decides."""
    difference = attempt()
    if difference is None or clock != "real":
        return difference
    with TURNS.alone_now(within=ALONE_WITHIN_SECONDS) as alone:
        if not alone:
            return f"{difference}\n(other tests kept the machine busy: no second run alone)"
        return attempt()


@dataclass
class RunSnippet:
    path: Path
    expected: Expected | None
    warnings_as_errors: bool = True
    clock: str | None = None  # None: the session's (SETTINGS.clock)

    def __call__(self, example: Example) -> str | None:
        return _again_alone_if_late(self.clock, self._attempt)

    def _attempt(self) -> str | None:
        run = run_snippet(self.path, on=self.clock, warnings_as_errors=self.warnings_as_errors)
        return _compare(run, self.expected, self.path.relative_to(SETTINGS.root).as_posix())


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
    clock: str | None = None

    MARK = "\x1e-- next command --\x1e"
    STATUS = "\x1e-- exit status --\x1e"

    def __call__(self, example: Example) -> str | None:
        return _again_alone_if_late(self.clock, self._attempt)

    def _attempt(self) -> str | None:
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
        clock = self.clock or SETTINGS.clock
        options = ["--noise-to", noise, "--root", str(SETTINGS.root), "--clock", clock]
        harness = shlex.join([sys.executable, "-m", "harness.command", *options])
        script = [f'python() {{ {harness} "$@"; }}', "status=0"]
        for command, _ in self.commands:
            script += [
                f"printf '%s\\n' '{self.MARK}'",
                f"(exit $status); {{ {command}\n}} 2>&1; status=$?",  # so that $? is the command's
                f"printf '\\n%s %d\\n' '{self.STATUS}' $status",
            ]
        return subprocess.run(
            ["bash", "-c", "\n".join(script)],
            cwd=SETTINGS.root,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    @classmethod
    def parse(cls, source: str, where: str, clock: str | None = None):
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
        return cls(
            [(command, Expected("".join(lines), where)) for command, lines in commands], clock
        )


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
        path = SETTINGS.root / self.test_file
        if not (path.is_file() and path.is_relative_to(SETTINGS.root / "tests")):
            return f"tested_by names {self.test_file}, which is not a file under tests/"
        ran = SNIPPET_RUNS.ran(self.test_file, SETTINGS.root / self.shows)
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
    return Path(document.path).resolve().relative_to(SETTINGS.root).as_posix()


def _line(document: Document, position: int) -> int:
    return document.text.count("\n", 0, position) + 1


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
    clock = fence.attributes.get("clock")
    if clock not in (None, "real"):
        return Fail(f'clock="{clock}": the one clock an example may ask for is "real"')
    line = _line(document, fence.start) + 1
    if expected is not None and fence.language not in PYTHON_LANGUAGES:
        return Fail("a console session shows its own output; remove the output block")
    if fence.language in DOCTEST_LANGUAGES:
        if clock:
            return Fail("clock= is for a python or console fence, not a session")
        return RunDoctest(fence.source, line)
    if fence.language in SHELL_LANGUAGES:
        return RunShell.parse(fence.source, f"{_page(document)}:{line}", clock)
    warnings_as_errors = fence.attributes.get("warnings") != "shown"
    if fence.include is not None:
        path = (SETTINGS.root / fence.include).resolve()
        if not path.is_relative_to(SETTINGS.snippets) or not path.is_file():
            return Fail(f"{fence.include} is not a file under snippets/")
        if "tested_by" in fence.attributes:
            return TestedElsewhere(fence.attributes["tested_by"], fence.include)
        return RunSnippet(path, expected, warnings_as_errors, clock)
    if "--8<--" in fence.source:
        return Fail(
            'a fence that includes a snippet holds only the line --8<-- "snippets/<page>/<file>.py"'
        )
    if clock:
        return Fail("clock= is for an included snippet or a console session")
    return RunInline(fence.source, line, expected, warnings_as_errors)


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


def parse_page(document: Document):
    """A Sybil parser: one region per fence, a code fence with its output block."""
    for fence, output in blocks(page_fences(document.text, document.path), document.text):
        end = (output or fence).end
        if fence.is_code:
            expected = None
            if output is not None:
                where = f"{_page(document)}:{_line(document, output.start)}"
                expected = Expected(output.source, where, Path(document.path), output)
            evaluator = _example_for(fence, expected, document)
            if expected is not None and expected.text.strip() == "...":
                evaluator = Fail("an output block of only `...` checks nothing: show the output")
        elif fence.is_output:
            evaluator = Fail("this output block has no python fence right above it")
        elif fence.language in DRAWN_LANGUAGES:
            continue
        else:
            evaluator = _not_run(fence, document)
        yield Region(fence.start, end, evaluator=evaluator)
