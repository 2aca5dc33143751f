"""The virtual clock tells the truth: a sample of examples prints the same on the real clock.

Each sampled snippet runs twice: in-process on the virtual clock, as the page
tests do, and as a reader would run it, ``python snippets/...`` in a fresh
interpreter on the real clock (warnings as errors, but not in asyncio's debug
mode, whose slow-callback warnings depend on how busy the machine is). Both
must print the same thing, but for durations, which may differ by a little
lateness of the real clock. Keep the sample's real run time to a few seconds: the real runs
happen three at a time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.harness.running import ROOT, run_snippet

SAMPLE = [
    "snippets/event-loop/switch.py",  # task switching order
    "snippets/event-loop/print_sum.py",  # 2 s, sequential awaits
    "snippets/event-loop/future.py",  # 1.5 s, call_later
    "snippets/event-loop/run_forever.py",  # 3 s, manual loop, timers of different lengths
    "snippets/event-loop/say_run.py",  # 3 s, timeout cancelling a TaskGroup
    "snippets/many-at-once/factorial_bca.py",  # 3 s, timers due at the same moment
    "snippets/async-with/race.py",  # 0.1 s, tasks interleaving across an await
    "snippets/callbacks/callback_hell.py",  # 2 s, chains of call_later callbacks
    "snippets/aiohttp-client/queued_requests.py",  # 2.5 s, aiohttp timeouts, client and server
    "snippets/aiohttp-server/graceful_shutdown.py",  # 2 s, a server stopping mid-request
    "snippets/picturebot/draw_in_thread.py",  # timers while a thread works
    "snippets/whatismyip/race.py",  # 3 s, HTTP on 127.0.0.1, losers cancelled
    "snippets/testing/backoff_on_virtual_time.py",  # 127 s on a clock of its own, instant
    "snippets/beyond-asyncio/level_anyio.py",  # 2 s, AnyIO cancel scope on asyncio
    "snippets/blocking/cross_thread.py",  # 1.2 s, a thread waking the loop, or not
    "snippets/streams/flood.py",  # 1 s, sockets on 127.0.0.1 and drain()
    "snippets/subprocesses/line_by_line.py",  # 1 s, a child's output as it comes
]


@pytest.fixture(scope="module")
def real_runs():
    """Every real-clock run, a few at a time; their outputs by snippet.

    A few, not all at once: on a 2-core machine a dozen interpreters starting
    together make each other's timers late.
    """
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PYTHONASYNCIODEBUG", None)

    def run(snippet):
        return subprocess.run(
            [sys.executable, "-W", "error", snippet],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        ).stdout

    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(SAMPLE, pool.map(run, SAMPLE), strict=True))


NUMBER = re.compile(r"\d+\.\d+")


def agree(real: str, virtual: str) -> bool:
    """The same text; decimal numbers (durations) within 0.15 of each other.

    The real clock runs late when the machine is busy, by a few hundredths of a
    second per wait: enough to turn "2.0 s" into "2.1 s", not to change the story.
    """
    if NUMBER.sub("#", real) != NUMBER.sub("#", virtual):
        return False
    pairs = zip(NUMBER.findall(real), NUMBER.findall(virtual), strict=True)
    return all(abs(float(r) - float(v)) <= 0.15 for r, v in pairs)


def test_agreement_allows_lateness_but_not_a_different_story():
    assert agree("took 2.1 s\n", "took 2.0 s\n")
    assert not agree("took 2.5 s\n", "took 2.0 s\n")
    assert not agree("B then A\n", "A then B\n")


@pytest.mark.parametrize("snippet", SAMPLE)
def test_both_clocks_print_the_same(snippet, real_runs):
    virtual = run_snippet(ROOT / snippet, on="virtual")
    assert not virtual.problems
    assert virtual.output, "a sampled snippet should print something"
    assert agree(real_runs[snippet], virtual.output), (
        f"real clock:\n{real_runs[snippet]}\nvirtual clock:\n{virtual.output}"
    )
