"""The harness itself: what it runs, what it compares, and what it refuses."""

from __future__ import annotations

import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sybil import Document
from sybil.example import SybilFailure

from harness import pages, running
from harness.settings import SETTINGS
from harness.turns import Turns


@dataclass
class Outcome:
    status: str  # "passed", "failed" or "skipped"
    message: str = ""
    #: The whole report, with the page and line Sybil names.
    report: str = field(default="", compare=False)


class Site:
    """A throwaway docs/ + snippets/ tree that the harness treats as the repository."""

    def __init__(self, root: Path):
        self.root = root
        (root / "docs").mkdir()
        (root / "snippets" / "demo").mkdir(parents=True)

    def snippet(self, name: str, code: str) -> Path:
        path = self.root / "snippets" / "demo" / name
        path.write_text(textwrap.dedent(code))
        return path

    def page(self, text: str) -> list[Outcome]:
        path = self.root / "docs" / "page.md"
        path.write_text(textwrap.dedent(text))
        outcomes = []
        for example in Document.parse(str(path), pages.parse_page):
            try:
                example.evaluate()
            except SybilFailure as failure:
                outcomes.append(Outcome("failed", failure.result, str(failure)))
            except pytest.skip.Exception as skip:
                outcomes.append(Outcome("skipped", skip.msg))
            else:
                outcomes.append(Outcome("passed"))
        return outcomes


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setattr(SETTINGS, "root", tmp_path)
    return Site(tmp_path)


HELLO = """\
    import asyncio

    async def main():
        await asyncio.sleep(3600)
        print("an hour later")

    asyncio.run(main())
"""


def included(output: str, name: str = "hello.py") -> str:
    return f"""
    ```python title="{name}"
    --8<-- "snippets/demo/{name}"
    ```

    ```text title="Output"
    {output}
    ```
    """


# -- what runs and what is compared ------------------------------------------------


def test_a_snippet_runs_and_its_output_matches(site):
    site.snippet("hello.py", HELLO)
    assert site.page(included("an hour later")) == [Outcome("passed")]


def test_a_different_output_fails_with_a_diff_naming_page_and_snippet(site):
    site.snippet("hello.py", HELLO)
    [outcome] = site.page(included("a minute later"))
    assert outcome.status == "failed"
    assert "--- expected: docs/page.md:6" in outcome.message
    assert "+++ printed: snippets/demo/hello.py" in outcome.message
    assert "-a minute later\n+an hour later" in outcome.message


def test_an_ellipsis_stands_for_a_variable_part(site):
    site.snippet("hello.py", HELLO)
    assert site.page(included("an ... later")) == [Outcome("passed")]


def test_inline_fences_with_attributes_run_in_a_shared_namespace(site):
    outcomes = site.page(
        """
        ```python title="first.py" hl_lines="1"
        answer = 6 * 7
        ```

        ```py linenums="1"
        print(answer)
        ```

        ```text title="Output"
        41
        ```
        """
    )
    assert outcomes[0] == Outcome("passed")
    assert outcomes[1].status == "failed"
    assert "-41\n+42" in outcomes[1].message


def test_console_sessions_run_as_doctests(site):
    outcomes = site.page(
        """
        ```pycon
        >>> import asyncio
        ```

        ```pycon
        >>> asyncio.run(asyncio.sleep(60, result="done"))
        'done'
        ```

        ```pycon
        >>> 1 + 1
        3
        ```
        """
    )
    assert outcomes[:2] == [Outcome("passed"), Outcome("passed")]
    assert outcomes[2].status == "failed"
    assert "Expected:\n    3\nGot:\n    2" in outcomes[2].message


def test_an_uncaught_exception_is_printed_like_the_interpreter_does(site):
    site.snippet("boom.py", "raise ValueError('boom')\n")
    [outcome] = site.page(included("Traceback (most recent call last):\n    nothing", "boom.py"))
    assert outcome.status == "failed"
    assert (
        f'+  File "{site.root}/snippets/demo/boom.py", line 1, in <module>\n'
        "+    raise ValueError('boom')\n+ValueError: boom" in outcome.message
    )
    assert "runpy" not in outcome.message


# -- what must be run or skipped -----------------------------------------------------


def test_a_skip_needs_a_reason_and_reports_it(site):
    outcomes = site.page(
        """
        ```python skip="removed in Python 3.11"
        @asyncio.coroutine
        def old(): yield
        ```

        ```python skip=""
        print("why?")
        ```
        """
    )
    assert outcomes == [
        Outcome("skipped", "removed in Python 3.11"),
        Outcome("failed", 'skip="" needs a reason the reader can see'),
    ]


@pytest.mark.parametrize(
    "page, message",
    [
        (
            '```python\n--8<-- "snippets/demo/hello.py"\nprint("extra")\n```\n',
            "a fence that includes a snippet holds only the line --8<--",
        ),
        ('```python\n--8<-- "snippets/demo/missing.py"\n```\n', "is not a file under snippets/"),
        ('```python\n--8<-- "docs/page.md"\n```\n', "is not a file under snippets/"),
        (
            '```text title="Output"\n42\n```\n',
            "this output block has no python fence right above it",
        ),
    ],
    ids=["include-plus-code", "missing-file", "outside-snippets", "orphan-output"],
)
def test_a_fence_that_is_neither_run_nor_skipped_fails(site, page, message):
    site.snippet("hello.py", HELLO)
    outcomes = site.page(page)
    assert [o.status for o in outcomes] == ["failed"]
    assert message in outcomes[0].message


def test_a_fence_shown_inside_a_markdown_example_is_not_run(site):
    page = '````markdown skip="a fence, shown"\n```python\nraise SystemExit("no")\n```\n````\n'
    assert site.page(page) == [Outcome("skipped", "a fence, shown")]


# -- what counts as noise --------------------------------------------------------


@pytest.mark.parametrize(
    "code, problem",
    [
        (
            """
            import asyncio
            async def main():
                asyncio.create_task(asyncio.sleep(10))
            asyncio.run(main())
            """,
            "asyncio.run() had to cancel a task left pending",
        ),
        (
            """
            import asyncio
            async def fail():
                raise ValueError("lost")
            async def main():
                task = asyncio.create_task(fail())
                await asyncio.sleep(1)
                del task
            asyncio.run(main())
            """,
            "logged or warned (and not shown on the page): Task exception was never retrieved",
        ),
        (
            """
            import asyncio, aiohttp
            async def main():
                session = aiohttp.ClientSession()
            asyncio.run(main())
            """,
            "Unclosed client session",
        ),
        (
            """
            import asyncio
            async def work():
                pass
            async def main():
                work()
            asyncio.run(main())
            """,
            "coroutine 'work' was never awaited",
        ),
        (
            """
            import asyncio
            loop = asyncio.new_event_loop()
            loop.create_task(asyncio.sleep(5))
            loop.run_until_complete(asyncio.sleep(1))
            loop.close()
            """,
            "logged or warned (and not shown on the page): Task was destroyed but it is pending!",
        ),
        (
            """
            import asyncio
            loop = asyncio.new_event_loop()
            """,
            "unclosed event loop",
        ),
    ],
    ids=[
        "pending-task",
        "exception-never-retrieved",
        "unclosed-session",
        "never-awaited",
        "destroyed-pending",
        "unclosed-loop",
    ],
)
def test_noise_fails_the_example_even_when_the_output_matches(site, code, problem):
    site.snippet("noisy.py", code)
    outcomes = site.page('```python\n--8<-- "snippets/demo/noisy.py"\n```\n')
    assert [o.status for o in outcomes] == ["failed"]
    assert "is not clean" in outcomes[0].message
    assert problem in outcomes[0].message


def test_a_log_record_the_page_shows_is_allowed(site):
    site.snippet(
        "warns.py",
        """
        import logging
        logging.getLogger("demo").warning("disk almost full")
        """,
    )
    assert site.page(included("disk almost full", "warns.py")) == [Outcome("passed")]


def test_warnings_are_errors_inside_examples(site):
    site.snippet("deprecated.py", "import warnings\nwarnings.warn('old', DeprecationWarning)\n")
    [outcome] = site.page(included("", "deprecated.py"))
    assert outcome.status == "failed"
    assert "it ends with an uncaught DeprecationWarning" in outcome.message
    assert "DeprecationWarning: old" in outcome.message


def test_the_real_clock_really_waits(site):
    path = site.snippet("nap.py", "import asyncio\nasyncio.run(asyncio.sleep(0.3))\n")
    started = time.perf_counter()
    run = running.run_snippet(path, on="real")
    assert run.output == "" and not run.problems
    assert time.perf_counter() - started >= 0.3


LATE_ONCE = """\
    import pathlib

    runs = pathlib.Path("runs")
    runs.write_text(runs.read_text() + "run\\n" if runs.exists() else "run\\n")
    print("0.3 s" if runs.read_text().count("run") > 1 else "0.4 s")
"""


@pytest.mark.parametrize(
    ("attribute", "runs", "status"), [("", 1, "failed"), (' clock="real"', 2, "passed")]
)
def test_an_example_timed_on_the_real_clock_runs_again_when_it_prints_something_else(
    site, attribute, runs, status, monkeypatch
):
    # Turns of its own: the other workers' tests would make it wait (test_turns.py checks that).
    monkeypatch.setattr(pages, "TURNS", Turns())
    site.snippet("late.py", LATE_ONCE)
    page = included("0.3 s", "late.py").replace('title="late.py"', f'title="late.py"{attribute}')
    [outcome] = site.page(page)
    assert outcome.status == status
    assert (site.root / "runs").read_text().count("run") == runs


def test_an_example_timed_on_the_real_clock_runs_on_it(site):
    site.snippet("nap.py", "import asyncio\nasyncio.run(asyncio.sleep(0.3))\nprint('woke')\n")
    started = time.perf_counter()
    page = included("woke", "nap.py").replace('title="nap.py"', 'title="nap.py" clock="real"')
    assert site.page(page) == [Outcome("passed")]
    assert time.perf_counter() - started >= 0.3


@pytest.mark.parametrize(
    ("fence", "message"),
    [
        (
            '```python title="nap.py" clock="wall"\n--8<-- "snippets/demo/nap.py"\n```\n',
            'clock="wall": the one clock an example may ask for is "real"',
        ),
        (
            '```python clock="real"\nprint(1)\n```\n',
            "clock= is for an included snippet or a console session",
        ),
        (
            '```pycon clock="real"\n>>> 1\n1\n```\n',
            "clock= is for a python or console fence, not a session",
        ),
    ],
)
def test_clock_is_for_examples_that_can_run_twice_and_names_the_real_clock(site, fence, message):
    site.snippet("nap.py", "print('woke')\n")
    assert site.page(fence) == [Outcome("failed", message)]


# -- console sessions, code tested elsewhere, warnings on purpose ---------------------

ARGV = """\
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: greet.py NAME")
    print(f"Hello, {sys.argv[1]}!")
"""


def test_console_sessions_run_each_command_with_its_arguments_and_exit_code(site):
    site.snippet("greet.py", ARGV)
    outcomes = site.page(
        """
        ```console
        $ python snippets/demo/greet.py Ada
        Hello, Ada!
        $ python snippets/demo/greet.py
        usage: greet.py NAME
        $ echo "exit status $?"
        exit status 1
        ```

        ```console
        $ python snippets/demo/greet.py Bob
        Hello, Ada!
        ```
        """
    )
    assert outcomes[0] == Outcome("passed")
    assert outcomes[1].status == "failed"
    assert "$ python snippets/demo/greet.py Bob" in outcomes[1].message
    assert "-Hello, Ada!\n+Hello, Bob!" in outcomes[1].message


def test_console_sessions_use_the_virtual_clock_and_report_noise(site):
    site.snippet("hello.py", HELLO)
    site.snippet(
        "leaky.py",
        "import asyncio\nasync def main():\n    asyncio.create_task(asyncio.sleep(1))\n"
        "asyncio.run(main())\n",
    )
    started = time.perf_counter()
    outcomes = site.page(
        """
        ```console
        $ python snippets/demo/hello.py
        an hour later
        ```

        ```console
        $ python snippets/demo/leaky.py
        ```
        """
    )
    assert time.perf_counter() - started < 10
    assert outcomes[0] == Outcome("passed")
    assert outcomes[1].status == "failed"
    assert "$ python ... is not clean: asyncio.run() had to cancel" in outcomes[1].message


def test_a_console_block_must_start_with_a_command(site):
    [outcome] = site.page("```console\nHello\n```\n")
    assert outcome == Outcome("failed", "a console block starts with a `$ ` command line")


def test_warnings_shown_on_purpose_are_printed_and_must_be_on_the_page(site):
    site.snippet(
        "forgot.py",
        """\
        import asyncio

        async def work():
            pass

        async def main():
            work()

        asyncio.run(main())
        """,
    )
    page = """
        ```python warnings="shown"
        --8<-- "snippets/demo/forgot.py"
        ```

        ```text title="Output"
        .../snippets/demo/forgot.py:7: RuntimeWarning: coroutine 'work' was never awaited
        ...
        ```
        """
    assert site.page(page) == [Outcome("passed")]
    [outcome] = site.page(page.replace(".../snippets/demo/forgot.py:7: ", ""))
    assert "logged or warned (and not shown on the page): /" in outcome.message
    assert "/snippets/demo/forgot.py:7: RuntimeWarning" in outcome.message


@pytest.mark.parametrize(
    ("bound", "here", "elsewhere", "skipped"),
    [
        ("requires", "3.11", "3.99", "needs Python 3.99; this is 3."),
        ("before", "3.99", "3.11", "for Python before 3.11; this is 3."),
    ],
)
def test_an_example_for_some_pythons_is_skipped_on_the_others(
    site, bound, here, elsewhere, skipped
):
    outcomes = site.page(
        f"""
        ```python {bound}="{here}"
        print("runs here")
        ```

        ```text title="Output"
        runs here
        ```

        ```python {bound}="{elsewhere}"
        print("not here")
        ```

        ```python {bound}="latest"
        print("?")
        ```
        """
    )
    assert outcomes[0] == Outcome("passed")
    assert outcomes[1].status == "skipped"
    assert outcomes[1].message.startswith(skipped)
    assert outcomes[2] == Outcome(
        "failed", f'{bound}="latest" should name a Python version, such as "3.13"'
    )


def test_leading_spaces_in_output_blocks_count(site):
    site.snippet("indented.py", 'print("  two spaces")\n')
    assert site.page(included("  two spaces", "indented.py")) == [Outcome("passed")]
    [outcome] = site.page(included("two spaces", "indented.py"))
    assert outcome.status == "failed"


# -- an example must end cleanly, or show how it ends -------------------------------

CRASHES = {
    "inline": '```python title="x.py"\nraise RuntimeError("boom")\n```\n',
    "snippet": '```python\n--8<-- "snippets/demo/quits.py"\n```\n',
    "console": "```console\n$ python snippets/demo/quits.py\n```\n",
    "inline-with-output": (
        '```python\nprint("so far so good")\nraise RuntimeError("boom")\n```\n\n'
        '```text title="Output"\nso far so good\n...\n```\n'
    ),
    "snippet-with-output": (
        '```python\n--8<-- "snippets/demo/quits.py"\n```\n\n```text title="Output"\nnot ...\n```\n'
    ),
    "console-with-output": "```console\n$ python snippets/demo/quits.py\nnot today\n```\n",
}


@pytest.mark.parametrize("page", CRASHES.values(), ids=CRASHES.keys())
def test_an_example_that_crashes_fails_unless_the_page_shows_how_it_ends(site, page):
    site.snippet("quits.py", 'raise SystemExit("not today")\n')
    [outcome] = site.page(page)
    assert outcome.status == "failed"
    assert "docs/page.md, line 1" in outcome.report
    assert "exit status 1" in outcome.message or "uncaught RuntimeError" in outcome.message


SHOWN_ENDINGS = {
    "traceback": (
        '```python\n--8<-- "snippets/demo/boom.py"\n```\n\n'
        '```text title="Output"\nTraceback (most recent call last):\n...\nValueError: boom\n```\n'
    ),
    "console-status": (
        "```console\n$ python snippets/demo/quits.py\nnot today\n$ echo $?\n1\n```\n"
    ),
    "console-traceback": (
        "```console\n$ python snippets/demo/boom.py\nTraceback (most recent call last):\n"
        "...\nValueError: boom\n```\n"
    ),
}


@pytest.mark.parametrize("page", SHOWN_ENDINGS.values(), ids=SHOWN_ENDINGS.keys())
def test_an_example_may_fail_when_the_page_shows_it(site, page):
    site.snippet("quits.py", 'raise SystemExit("not today")\n')
    site.snippet("boom.py", 'raise ValueError("boom")\n')
    assert site.page(page) == [Outcome("passed")]


# -- what only debug mode logs -------------------------------------------------------

SLOW = """\
    import asyncio, time

    async def main():
        time.sleep(0.3)

    asyncio.run(main(){debug})
"""
SLOW_OUTPUT = "Executing <Task finished ...> took 0.300 seconds"


def test_what_only_debug_mode_logs_is_noise_unless_a_reader_runs_in_debug_mode(site):
    site.snippet("slow.py", SLOW.format(debug=""))
    site.snippet("asks.py", SLOW.format(debug=", debug=True"))
    [plain] = site.page(included(SLOW_OUTPUT, "slow.py"))
    assert plain.status == "failed"
    assert "only asyncio's debug mode logs this" in plain.message
    assert site.page(included(SLOW_OUTPUT, "asks.py")) == [Outcome("passed")]
    dev = f"```console\n$ python -X dev snippets/demo/slow.py\n{SLOW_OUTPUT}\n```\n"
    assert site.page(dev) == [Outcome("passed")]


def test_the_console_harness_run_by_hand_reports_noise_and_fails(site):
    site.snippet(
        "leaky.py",
        "import asyncio\nasync def main():\n    asyncio.create_task(asyncio.sleep(1))\n"
        "asyncio.run(main())\n",
    )
    outcomes = site.page(
        "```console\n$ python -m harness.command snippets/demo/leaky.py\n"
        "[noise] asyncio.run() had to cancel a task left pending: <Task pending ...>\n"
        "$ echo $?\n1\n```\n"
    )
    assert outcomes == [Outcome("passed")]


# -- an output block belongs to the code right above it, in the same block --------

WRONG_PAIRS = {
    "output-below-the-tabs": """
        === "Python 3.11"

            ```python
            print("eleven")
            ```

        === "Python 3.12"

            ```python
            print("twelve")
            ```

        ```text title="Output"
        twelve
        ```
        """,
    "output-outside-the-note": """
        !!! note

            ```python
            print("inside")
            ```

        ```text title="Output"
        inside
        ```
        """,
    "prose-between-inside-a-note": """
        !!! note

            ```python
            print("inside")
            ```

            The output, a paragraph later:

            ```text title="Output"
            inside
            ```
        """,
    "answer-block-not-indented": """
        ```python
        print("answer")
        ```

        ??? success "Answer"

        ```text title="Output"
        answer
        ```
        """,
}


@pytest.mark.parametrize("page", WRONG_PAIRS.values(), ids=WRONG_PAIRS.keys())
def test_an_output_block_outside_its_codes_block_is_not_taken_for_its_output(site, page):
    outcomes = site.page(page)
    assert Outcome("failed", "this output block has no python fence right above it") in outcomes


def test_an_output_block_may_follow_annotations_or_open_an_answer_block(site):
    outcomes = site.page(
        """
        !!! example

            ```python
            print("annotated")  # (1)!
            ```

            1.  An annotation,
                on two lines.

            ```text title="Output"
            annotated
            ```

        ```python
        print("hidden")
        ```

        ??? success "Answer"

            ```text title="Output"
            hidden
            ```
        """
    )
    assert outcomes == [Outcome("passed"), Outcome("passed")]


# -- fences that would check nothing ---------------------------------------------


def test_an_output_block_of_only_an_ellipsis_fails(site):
    [outcome] = site.page('```python\nprint("anything")\n```\n\n```text title="Output"\n...\n```\n')
    assert outcome.status == "failed"
    assert "checks nothing" in outcome.message


def test_a_fence_of_another_language_needs_a_reason_not_to_run(site):
    outcomes = site.page(
        """
        ```text
        A log line, pasted.
        ```

        ```yaml skip="a configuration for the reader to copy"
        key: value
        ```

        ```mermaid
        flowchart LR
            A --> B
        ```
        """
    )
    assert outcomes == [
        Outcome("failed", "this text fence is neither run by the tests nor skipped with a reason"),
        Outcome("skipped", "a configuration for the reader to copy"),
    ]


# -- code "tested by" a test file must be run by it ----------------------------------

MINI_CONFTEST = """\
from pathlib import Path

from sybil import Sybil
from harness.pages import parse_page
from harness.settings import SETTINGS

SETTINGS.root = Path(__file__).parent
pytest_plugins = ["harness.plugin"]
pytest_collect_file = Sybil(parsers=[parse_page], path="docs", patterns=["*.md"]).pytest()
"""
RUNS_THE_BOT = """\
import subprocess, sys
from pathlib import Path

def test_the_bot_answers():
    assert subprocess.run([sys.executable, "snippets/demo/bot.py"]).returncode == 0
    assert "INFO bot: answered 42" in Path("docs/page.md").read_text()
"""
ONLY_NAMES_THE_BOT = """\
def test_nothing():  # would run snippets/demo/bot.py
    assert True
"""
TESTED_BY_PAGE = """\
```python tested_by="tests/test_bot.py"
--8<-- "snippets/demo/bot.py"
```

```python tested_by="tests/test_bot.py"
--8<-- "snippets/demo/answers.py"
```

```text tested_by="tests/test_bot.py"
INFO bot: answered 42
```

```python tested_by="tests/test_missing.py"
--8<-- "snippets/demo/bot.py"
```
"""


@pytest.mark.parametrize(
    ("test_file", "run", "outcomes"),
    [
        (RUNS_THE_BOT, ["tests", "docs"], {"passed": 11, "skipped": 3, "failed": 1}),
        (ONLY_NAMES_THE_BOT, ["tests", "docs"], {"passed": 11, "failed": 4}),
        (RUNS_THE_BOT, ["docs"], {"skipped": 3, "failed": 1}),
        # On two workers, the page runs in the process that ran its test file.
        (RUNS_THE_BOT, ["-n", "2", "tests", "docs"], {"passed": 11, "skipped": 3, "failed": 1}),
    ],
    ids=["runs-it", "only-names-it", "not-run-in-this-session", "runs-it-on-two-workers"],
)
def test_code_tested_by_a_test_file_fails_if_that_file_never_runs_it(
    pytester, test_file, run, outcomes
):
    pytester.makeconftest(MINI_CONFTEST)
    pytester.mkdir("snippets")
    pytester.mkdir("snippets/demo")
    (pytester.path / "snippets/demo/bot.py").write_text("import answers\n")
    (pytester.path / "snippets/demo/answers.py").write_text("ANSWER = 42\n")
    pytester.mkdir("tests")
    (pytester.path / "tests/test_bot.py").write_text(test_file)
    # Other work, which xdist would spread the page's examples among.
    (pytester.path / "tests/test_other.py").write_text(
        "import pytest\n\n@pytest.mark.parametrize('n', range(10))\ndef test_other(n): pass\n"
    )
    pytester.mkdir("docs")
    (pytester.path / "docs/page.md").write_text(TESTED_BY_PAGE)
    result = pytester.runpytest_subprocess(*run, "-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(**outcomes)
    result.stdout.fnmatch_lines(["*tested_by names tests/test_missing.py, which is not a file*"])
    if test_file is ONLY_NAMES_THE_BOT:
        result.stdout.fnmatch_lines(["*tests/test_bot.py ran, but never ran snippets/demo/bot.py*"])
        result.stdout.fnmatch_lines(["*tests/test_bot.py ran, but never read docs/page.md*"])
    if run == ["docs"]:
        result.stdout.fnmatch_lines(["*run by tests/test_bot.py, which this session did not run*"])
    else:  # the process that ran tests/test_bot.py checked the page's claims
        result.stdout.no_fnmatch_line("*which this session did not run*")


# -- rewriting output blocks --------------------------------------------------------


def test_update_mode_writes_what_each_example_printed_into_its_block(site, monkeypatch):
    monkeypatch.setattr(pages.UPDATES, "enabled", True)
    site.snippet("hello.py", HELLO)
    site.snippet("indented.py", 'print("  two spaces")\nprint()\nprint("end")\n')
    page = """\
        # A page

        ```python title="hello.py"
        --8<-- "snippets/demo/hello.py"
        ```

        ```text title="Output"
        a minute later
        ```

        !!! note

            ```python
            --8<-- "snippets/demo/indented.py"
            ```

            ```text title="Output"
            old
            ```

        ```python
        print("varies: 0x1234")
        ```

        ```text title="Output"
        varies: ...
        was never printed
        ```
        """
    outcomes = site.page(page)
    assert [o.status for o in outcomes] == ["passed", "passed", "failed"]
    assert "not updated: the block uses `...`" in outcomes[2].message
    assert pages.UPDATES.write() == ["docs/page.md:7", "docs/page.md:17"]
    written = (site.root / "docs" / "page.md").read_text()
    assert written == textwrap.dedent(page).replace("a minute later", "an hour later").replace(
        "    old\n", "      two spaces\n\n    end\n"
    )
    assert pages.UPDATES.write() == []  # each update is written once
