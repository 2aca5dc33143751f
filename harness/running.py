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

from .settings import SETTINGS
from .snippets import forget_modules_of
from .virtual_clock import virtual_clock


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
    """Call ``body`` on clock ``on`` (default: the settings' clock).

    ``filename`` is the name the code was compiled with, so that tracebacks
    start where the reader's code starts. With ``warnings_as_errors=False``,
    warnings are printed as Python prints them, and must be shown on the page.
    ``dev_mode`` says the reader runs it with ``python -X dev``.
    """
    run = Run()
    stream = io.StringIO()
    on_virtual = (on or SETTINGS.clock) == "virtual"
    clock_context = virtual_clock() if on_virtual else contextlib.nullcontext()
    with (
        contextlib.chdir(SETTINGS.root),
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
    relative = os.path.relpath(path, SETTINGS.root)
    absolute = str(Path(SETTINGS.root, relative).resolve())
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
        forget_modules_of(path.parent, since=modules_before)
