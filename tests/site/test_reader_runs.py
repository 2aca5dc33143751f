"""What a reader sees: a sample of examples run as ``python snippets/...``, on the real clock.

The page tests run every example in this process, on the virtual clock, in
asyncio's debug mode. This file checks that they stand for what a reader
gets. Each sampled example runs as a reader runs it: a separate interpreter,
``python snippets/<page>/<file>.py`` from the repository's root (or the
command its console fence shows, ``python -X dev ...`` for instance), on plain
Python and the real clock. It must print what its page shows, by the page
tests' own rules (``...`` matches anything). Stdout and stderr are read
together and unbuffered, in the order a terminal shows them.

The sample is every example whose output shows how Python reports something
(a traceback, a warning, a log record: their wording differs most between
the two), and, for timing, the snippets in ``SAMPLE``: at least one from every
chapter, each sleeping a few seconds at most. Examples that sleep for minutes
run on the virtual clock only.

Printed durations may run a little late on a busy machine: a decimal number
within 0.15 of what the virtual clock printed counts as the same.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sybil import Document

from harness import pages
from harness.running import run_snippet
from harness.settings import SETTINGS

SAMPLE = [
    "snippets/home/two_at_once.py",  # 2 s, the home page's example
    "snippets/event-loop/hello.py",  # 1 s, the first example of a chapter
    "snippets/event-loop/switch.py",  # task switching order
    "snippets/event-loop/print_sum.py",  # 2 s, sequential awaits
    "snippets/event-loop/future.py",  # 1.5 s, call_later
    "snippets/event-loop/run_forever.py",  # 3 s, manual loop, timers of different lengths
    "snippets/event-loop/say_run.py",  # 3 s, timeout cancelling a TaskGroup
    "snippets/event-loop/current_loop.py",  # the current loop, which is per process
    "snippets/concurrency/asyncio_get.py",  # 1.2 s, requests to a slow local site
    "snippets/concurrency/two_workers.py",  # 0.6 s, two threads
    "snippets/history/wait_coroutines.py",  # 2 s, asyncio.wait on tasks
    "snippets/callbacks/callback_hell.py",  # 2 s, chains of call_later callbacks
    "snippets/many-at-once/factorial_bca.py",  # 3 s, sleeps started one after another
    "snippets/many-at-once/same_deadline.py",  # 0.2 s, timers set for one deadline
    "snippets/many-at-once/timeout_other_tasks.py",  # 2 s, a task the timeout leaves alone
    "snippets/many-at-once/context_timeout.py",  # 0.2 s, context variables and tasks
    "snippets/many-at-once/context_wait_for.py",  # 0.1 s, the same through wait_for()
    "snippets/async-with/race.py",  # 0.1 s, tasks interleaving across an await
    "snippets/async-with/threading_lock.py",  # 1.2 s, a thread's lock blocking the loop
    "snippets/callbacks/wrap_callback.py",  # 1.7 s, a callback later than its timeout
    "snippets/future-states/outcome.py",  # 1 s, a task's result, exception, cancellation
    "snippets/aiohttp-client/queued_requests.py",  # 2.5 s, aiohttp timeouts, client and server
    "snippets/aiohttp-server/graceful_shutdown.py",  # 2 s, a server stopping mid-request
    "snippets/async-iteration/two_at_once.py",  # 1 s, two async generators interleaving
    "snippets/beyond-asyncio/level_anyio.py",  # 2 s, AnyIO cancel scope on asyncio
    "snippets/beyond-asyncio/move_on.py",  # 5 s, suppress() and expired() after a timeout
    "snippets/blocking/cross_thread.py",  # 1.2 s, a thread waking the loop, or not
    "snippets/blocking/thread_timeout.py",  # 0.6 s, a thread outliving its timeout
    "snippets/build-a-loop/sleepers.py",  # 0.3 s, a loop of the page's own
    "snippets/cancellation/cleanup.py",  # 2.5 s, clean-up after a cancellation
    "snippets/cancellation/swallowed.py",  # 2.5 s, a timeout that has no effect
    "snippets/cancellation/whose_cancellation.py",  # 2 s, cancelling() tells whose it is
    "snippets/cancellation/timeout_own_task.py",  # 2 s, a task the timeout does not cancel
    "snippets/shutdown/signal_child.py",  # 0.2-0.8 s a run, child processes sent real signals
    "snippets/shutdown/stop_service.py",  # 0.7 s a run, service.py stopped by real signals
    "snippets/shutdown/shell_loop.py",  # 0.5-1.5 s a run, Ctrl+C in a bash loop
    "snippets/contextvars/threads.py",  # the context in to_thread() and run_in_executor()
    "snippets/contextvars/predict_ids.py",  # 0.1 s, contexts of tasks, callbacks and threads
    "snippets/eager-tasks/order.py",  # eager tasks start inside create_task() (3.12+)
    "snippets/eager-tasks/gain.py",  # eager tasks measured, by share of cache hits (3.12+)
    "snippets/jupyter/run_in_a_thread.py",  # a loop in a thread of its own
    "snippets/performance/connections.py",  # a thousand round trips on 127.0.0.1
    "snippets/performance/eager_speed.py",  # eager tasks, measured
    "snippets/event-loops/uvloop_happy_eyeballs.py",  # asyncio's loop and uvloop on 127.0.0.1
    "snippets/pitfalls/never_retrieved.py",  # 1 s, a lost exception, logged
    "snippets/pitfalls/lost_task.py",  # 0.2 s, garbage collection of tasks
    "snippets/queues/sentinels.py",  # 2 s, workers stopped by sentinels
    "snippets/streams/flood.py",  # 2 s, sockets on 127.0.0.1 and drain()
    "snippets/streams/wait_closed.py",  # 1 s, Server.wait_closed() and a connection
    "snippets/transports/flow_control.py",  # 1 s, pause_writing() while a peer does not read
    "snippets/transports/udp_lost.py",  # 0.5 s, datagrams the kernel drops
    "snippets/transports/certificate_errors.py",  # TLS errors as this Python's ssl words them
    "snippets/names-and-addresses/stuck_lookup.py",  # 2 s, asyncio.run() waits for a lookup
    "snippets/names-and-addresses/happy_eyeballs.py",  # 2.5 s, connection attempts staggered
    "snippets/names-and-addresses/daemon_lookup.py",  # 1 s, a daemon thread nobody waits for
    "snippets/structured-concurrency/taskgroup_failure.py",  # 2 s, siblings cancelled
    "snippets/taskgroup-edges/outside_cancel.py",  # 1.5 s, a group cancelled from outside
    "snippets/taskgroup-edges/feeds.py",  # 1.4 s, a group inside an async context manager
    "snippets/subprocesses/line_by_line.py",  # 1.2 s, a child's output as it comes
    "snippets/synchronisation/race.py",  # 0.1 s, a lost update
    "snippets/testing/backoff_on_virtual_time.py",  # 127 s on a clock of its own, instant
    "snippets/unseen-errors/recorder.py",  # 1 s, an exception handler that records
    "snippets/unseen-errors/handler_context.py",  # 0.1 s, the handler in a callback's context
    "snippets/picturebot/draw_in_thread.py",  # timers while a thread works
    "snippets/whatismyip/race.py",  # 3 s, HTTP on 127.0.0.1, losers cancelled
    "snippets/errors/stream_limits.py",  # a long line and a short message on a real socket
    "snippets/errors/client_errors.py",  # aiohttp refused by a closed port on 127.0.0.1
]
#: What Python prints when it reports something itself.
REPORTS = re.compile(
    r"Traceback \(most recent call last\)|Warning: |^Executing |^Exception in "
    r"|^Task was destroyed|^Task exception was never retrieved",
    re.MULTILINE,
)
NUMBER = re.compile(r"\d+\.\d+")
PAGES = sorted((SETTINGS.root / "docs").rglob("*.md"))


@dataclass(frozen=True)
class Shown:
    """An example as a page shows it: the command a reader types, and the output block."""

    page: str
    snippet: str
    args: tuple[str, ...]
    dev_mode: bool
    expected: pages.Expected

    @property
    def command(self) -> str:
        return shlex.join(["python", *(["-X", "dev"] * self.dev_mode), self.snippet, *self.args])


def shown_on(page: Path) -> list[Shown]:
    """The snippets a page runs and shows the output of, with a python or a console fence."""
    shown = []
    where = page.relative_to(SETTINGS.root).as_posix()
    for example in Document.parse(str(page), pages.parse_page).examples():
        evaluator = example.region.evaluator
        if isinstance(evaluator, pages.RunSnippet) and evaluator.expected is not None:
            snippet = evaluator.path.relative_to(SETTINGS.root).as_posix()
            shown.append(Shown(where, snippet, (), False, evaluator.expected))
        elif isinstance(evaluator, pages.RunShell):
            for command, expected in evaluator.commands:
                words = shlex.split(command)
                dev_mode = words[1:3] == ["-X", "dev"]
                words = [words[0], *words[1 + 2 * dev_mode :]]
                if words[0] == "python" and words[1:2] and words[1].startswith("snippets/"):
                    shown.append(Shown(where, words[1], tuple(words[2:]), dev_mode, expected))
    return shown


SHOWN = {page: shown_on(page) for page in PAGES}
REAL_RUNS = [
    example
    for examples in SHOWN.values()
    for example in examples
    if example.snippet in SAMPLE or REPORTS.search(example.expected.text)
]


def test_every_chapter_has_examples_run_as_a_reader_runs_them():
    unsampled = [
        page.relative_to(SETTINGS.root).as_posix()
        for page, examples in SHOWN.items()
        if examples and not any(example in REAL_RUNS for example in examples)
    ]
    assert not unsampled, f"add an example of each to SAMPLE: {unsampled}"


def test_the_sample_names_examples_that_pages_show():
    """(On some Pythons only, for an example that needs a newer one.)"""
    pages = [page.read_text() for page in PAGES]
    assert [snippet for snippet in SAMPLE if not any(snippet in page for page in pages)] == []


@pytest.fixture(scope="module")
def real_outputs(request) -> dict[Shown, str]:
    """What each sampled command that this session tests prints, a few at a time.

    A few, not all at once: on a 2-core machine a dozen interpreters starting
    together make each other's timers late.
    """
    selected = [
        item.callspec.params["example"]
        for item in request.session.items
        if getattr(item, "originalname", None) == test_a_reader_sees_what_the_page_shows.__name__
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for name in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS", "PYTHONPATH"):
        env.pop(name, None)

    def run(example: Shown) -> str:
        return subprocess.run(
            [sys.executable, *shlex.split(example.command)[1:]],
            cwd=SETTINGS.root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        ).stdout

    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(selected, pool.map(run, selected), strict=True))


def settle(real: str, virtual: str) -> str:
    """``real``, each duration replaced by the virtual clock's if they differ by 0.15 at most.

    The real clock runs late when the machine is busy, by a few hundredths of a
    second per wait: enough to turn "2.0 s" into "2.1 s", not to change the
    story. The two outputs' decimal numbers are paired in order; the page then
    decides whether the settled output tells its story.
    """
    virtual_numbers = NUMBER.findall(virtual)
    if len(NUMBER.findall(real)) != len(virtual_numbers):
        return real
    paired = iter(virtual_numbers)

    def closest(match: re.Match) -> str:
        number = next(paired)
        return number if abs(float(match[0]) - float(number)) <= 0.15 else match[0]

    return NUMBER.sub(closest, real)


def test_settling_allows_lateness_but_not_a_different_story():
    assert settle("Task-3 took 2.1 s\n", "Task-41 took 2.0 s\n") == "Task-3 took 2.0 s\n"
    assert settle("took 2.5 s\n", "took 2.0 s\n") == "took 2.5 s\n"
    assert settle("B 1.0, A 2.0\n", "A 1.0, B 2.0\n") == "B 1.0, A 2.0\n"


# The first of these waits for real_outputs: a minute on an idle 2-core machine,
# and more on a slower or busier one (a 60 s timeout killed its worker).
@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "example", REAL_RUNS, ids=lambda example: f"{example.page}: {example.command}"
)
def test_a_reader_sees_what_the_page_shows(example, real_outputs):
    virtual = run_snippet(SETTINGS.root / example.snippet, example.args, on="virtual").output
    real = settle(real_outputs[example], virtual)
    difference = pages.difference(example.expected, real, f"$ {example.command}")
    assert difference is None, difference
