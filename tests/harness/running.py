"""Run one example the way a reader would, and watch it for asyncio noise.

``run_watched`` executes a callable with stdout and stderr captured together
(in the order a terminal shows them), on the virtual or the real clock, in
asyncio debug mode with warnings as errors. It reports, besides the output,
the problems a reader might never see but that mean the example is wrong:

* a log record of level WARNING or above (asyncio logs "Task was destroyed but
  it is pending!", "Task exception was never retrieved", "Unclosed client
  session"...); it is also written to the output, as Python's last-resort
  handler would, so a page may show it on purpose;
* an exception raised where nobody can catch it (in ``__del__``: unclosed
  sockets, event loops and sessions, coroutines never awaited);
* a task still pending when ``asyncio.run()`` returned (it cancels those
  silently, so the task's work was lost without a word).
"""

from __future__ import annotations

import ast
import asyncio
import asyncio.runners
import contextlib
import doctest
import gc
import io
import logging
import os
import runpy
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .virtual_clock import virtual_clock

#: Where this harness lives, and the repository whose examples it runs (its own,
#: unless EXAMPLES_ROOT names another: the harness's tests use a throwaway one).
HOME = Path(__file__).resolve().parents[2]
ROOT = Path(os.environ.get("EXAMPLES_ROOT") or HOME)
CLOCKS = ("virtual", "real")
#: The clock examples run on unless told otherwise; the pytest plugin sets it.
clock = "virtual"


@dataclass
class Run:
    output: str = ""
    exit_code: int = 0
    #: The type of the exception that ended the run, if one did (not SystemExit).
    uncaught: str = ""
    #: The first line of each log record and warning the code emitted.
    messages: list[str] = field(default_factory=list)
    #: Noise that fails an example whatever it printed.
    problems: list[str] = field(default_factory=list)

    def unshown_messages(self, expected_output: str | None) -> list[str]:
        """Messages no line of the output block shows (``...`` in a line matching anything).

        A line that is only ``...`` shows nothing: it would hide any message.
        """
        shown = [line for line in (expected_output or "").splitlines() if line.strip() != "..."]
        checker = doctest.OutputChecker()
        return [
            message
            for message in self.messages
            if not any(
                checker.check_output(f"{line}\n", f"{message}\n", doctest.ELLIPSIS)
                for line in shown
            )
        ]


class _Collector(logging.Handler):
    """Writes records to the output as Python's last-resort handler would, and notes them.

    The harness runs every example in asyncio's debug mode; a reader does not,
    unless the example asks for it (``asyncio.run(..., debug=True)``) or the
    page runs it with ``python -X dev``. What only debug mode logs is noise
    in any other example: a reader would never see it.
    """

    def __init__(self, run: Run, stream: io.StringIO, dev_mode: bool):
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter("%(message)s"))
        self._run, self._stream, self._dev_mode = run, stream, dev_mode

    def emit(self, record):
        text = self.format(record)
        self._run.messages.append(text.splitlines()[0])
        self._stream.write(text + "\n")
        if _logged_in_debug_mode_only(record) and not self._reader_in_debug_mode():
            self._run.problems.append(
                "only asyncio's debug mode logs this, and a reader's run is not in it "
                f"(run it with python -X dev, or ask for debug=True): {text.splitlines()[0]}"
            )

    def _reader_in_debug_mode(self) -> bool:
        # On a loop other than the virtual clock's, nobody can tell: assume so.
        loop = asyncio.events._get_running_loop()
        return self._dev_mode or getattr(loop, "debug_requested", True)


def _logged_in_debug_mode_only(record: logging.LogRecord) -> bool:
    """A slow callback: "Executing <Task ...> took 0.300 seconds"."""
    return record.name == "asyncio" and str(record.msg).startswith("Executing ")


@contextlib.contextmanager
def _watch(
    run: Run, stream: io.StringIO, warnings_as_errors: bool, dev_mode: bool
) -> Iterator[None]:
    collector = _Collector(run, stream, dev_mode)
    root = logging.getLogger()
    root.addHandler(collector)

    def unraisable(info):
        text = "".join(traceback.format_exception_only(info.exc_type, info.exc_value)).strip()
        where = info.err_msg or "Exception ignored in"
        run.problems.append(f"{where}: {info.object!r}\n    {text}")

    def show_warning(message, category, filename, lineno, file=None, line=None):
        text = warnings.formatwarning(message, category, filename, lineno, line)
        run.messages.append(text.splitlines()[0])
        stream.write(text)

    saved_hook, sys.unraisablehook = sys.unraisablehook, unraisable

    cancel_all_tasks = asyncio.runners._cancel_all_tasks

    def report_pending(loop):
        for task in asyncio.all_tasks(loop):
            if not task.done():
                run.problems.append(f"asyncio.run() had to cancel a task left pending: {task!r}")
        cancel_all_tasks(loop)

    asyncio.runners._cancel_all_tasks = report_pending
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error" if warnings_as_errors else "always")
            warnings.showwarning = show_warning
            yield
            gc.collect()  # finalizers log and warn now, inside the watch
    finally:
        asyncio.runners._cancel_all_tasks = cancel_all_tasks
        sys.unraisablehook = saved_hook
        root.removeHandler(collector)


def _exit_code(exc: BaseException) -> int:
    if not isinstance(exc, SystemExit):
        return 1
    if exc.code is None:
        return 0
    return exc.code if isinstance(exc.code, int) else 1


def _print_uncaught(exc: BaseException, filename: str) -> None:
    """Print an exception as the interpreter would, hiding the harness frames.

    ``sys.__excepthook__`` is the interpreter's own printer, to ``sys.stderr``:
    on 3.11 and 3.12 it lays out exception groups unlike ``traceback``.
    """
    if isinstance(exc, SystemExit):
        if exc.code not in (None, 0) and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
        return
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    exc.with_traceback(tb or exc.__traceback__)  # the printer reads it from there
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


def run_watched(
    body: Callable[[], object],
    *,
    filename: str,
    on: str | None = None,
    warnings_as_errors: bool = True,
    dev_mode: bool = False,
) -> Run:
    """Call ``body`` on clock ``on`` (default: ``clock``).

    ``filename`` is the name the code was compiled with, so that tracebacks
    start where the reader's code starts. With ``warnings_as_errors=False``,
    warnings are printed as Python prints them, and must be shown on the page.
    ``dev_mode`` says the reader runs it with ``python -X dev``.
    """
    run = Run()
    stream = io.StringIO()
    on_virtual = (on or clock) == "virtual"
    clock_context = virtual_clock() if on_virtual else contextlib.nullcontext()
    with (
        contextlib.chdir(ROOT),
        contextlib.redirect_stdout(stream),
        contextlib.redirect_stderr(stream),
        _watch(run, stream, warnings_as_errors, dev_mode),
        clock_context,
    ):
        try:
            body()
        except BaseException as exc:  # shown as the interpreter would
            _print_uncaught(exc, filename)
            run.exit_code = _exit_code(exc)
            if not isinstance(exc, SystemExit):
                run.uncaught = type(exc).__name__
    run.output = stream.getvalue()
    return run


def run_snippet(
    path: Path,
    args: Sequence[str] = (),
    *,
    on: str | None = None,
    warnings_as_errors: bool = True,
    dev_mode: bool = False,
) -> Run:
    """Run a snippet file as ``__main__``, like ``python snippets/... args`` from the repo root.

    As there, ``sys.argv[0]`` is the path typed, and ``__file__``, tracebacks
    and warnings name the file by its absolute path.
    """
    relative = os.path.relpath(path, ROOT)
    absolute = str(Path(ROOT, relative).resolve())
    folder = str(path.parent)
    modules_before = set(sys.modules)
    saved_argv, saved_path = sys.argv, sys.path[:]
    sys.argv, sys.path[0:0] = [relative, *args], [folder]
    try:
        return run_watched(
            lambda: runpy.run_path(absolute, run_name="__main__"),
            filename=absolute,
            on=on,
            warnings_as_errors=warnings_as_errors,
            dev_mode=dev_mode,
        )
    finally:
        sys.argv, sys.path[:] = saved_argv, saved_path
        # Forget modules the snippet imported from its own folder.
        for name in set(sys.modules) - modules_before:
            module_file = getattr(sys.modules[name], "__file__", None) or ""
            if module_file.startswith(folder + os.sep):
                del sys.modules[name]


class SnippetRuns:
    """Which snippets each test file ran in this session: what ``tested_by`` claims.

    An audit hook sees code executed in this process (a snippet run or
    imported) and processes started on a snippet (``python snippets/...``); a
    snippet counts too for the siblings it imports. A page a test file reads
    counts for the text it shows that the test checks (a log line, say). The
    pytest plugin says which test file is running.
    """

    def __init__(self) -> None:
        self.by_test_file: dict[str, set[Path]] = {}
        self._test_file: str | None = None
        sys.addaudithook(self._audit)

    @contextlib.contextmanager
    def running(self, test_file: str) -> Iterator[None]:
        self.by_test_file.setdefault(test_file, set())
        self._test_file = test_file
        try:
            yield
        finally:
            self._test_file = None

    def ran(self, test_file: str, snippet: Path) -> bool | None:
        """Whether ``test_file`` ran ``snippet``; None if it did not run in this session."""
        ran = self.by_test_file.get(test_file)
        return None if ran is None else snippet.resolve() in ran

    def _audit(self, event: str, args: tuple) -> None:
        if self._test_file is None:
            return
        if event == "open" and isinstance(args[0], str) and args[0].endswith(".md"):
            page = Path(args[0]).resolve()  # a page a test reads (to check text it shows)
            if page.is_relative_to(ROOT / "docs"):
                self.by_test_file[self._test_file].add(page)
            return
        if event == "exec":
            started = [getattr(args[0], "co_filename", "")]
        elif event == "subprocess.Popen":
            command, cwd = args[1], args[2]
            words = [command] if isinstance(command, str | bytes) else list(command or ())
            started = [os.path.join(os.fsdecode(cwd or os.getcwd()), os.fsdecode(w)) for w in words]
        else:
            return
        snippets = ROOT / "snippets"
        for name in started:
            path = Path(name).resolve() if name.endswith(".py") else None
            if path and path.is_relative_to(snippets) and path.is_file():
                ran = self.by_test_file[self._test_file]
                todo = [path]
                while todo:
                    module = todo.pop()
                    ran.add(module)
                    todo += [s.resolve() for s in sibling_imports(module) if s.resolve() not in ran]


SNIPPET_RUNS = SnippetRuns()


def sibling_imports(snippet: Path) -> list[Path]:
    """The modules of the snippet's own folder that it imports, in order."""
    names: list[str] = []
    for node in ast.walk(ast.parse(snippet.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module.split(".")[0])
    paths = [snippet.with_name(f"{name}.py") for name in dict.fromkeys(names)]
    return [path for path in paths if path.is_file()]
