"""The virtual clock tells the truth: a sample of examples prints the same on the real clock.

Each sampled snippet runs twice: in-process on the virtual clock, as the page
tests do, and as a reader would run it, ``python snippets/...`` in a fresh
interpreter on the real clock (in debug mode, warnings as errors). Both must
print the same thing. Keep the sample's real run time to a few seconds: the
real runs happen in parallel, so the slowest one sets the pace.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.harness.running import ROOT, run_snippet

SAMPLE = [
    "snippets/event-loop/switch.py",  # task switching order
    "snippets/event-loop/print_sum.py",  # 2 s, sequential awaits
    "snippets/event-loop/future.py",  # 1.5 s, call_later
    "snippets/event-loop/run_forever.py",  # 3 s, manual loop, timers of different lengths
    "snippets/event-loop/say_run.py",  # 3 s, timeout cancelling a TaskGroup
    "snippets/blocking/cross_thread.py",  # 1.2 s, a thread waking the loop, or not
    "snippets/streams/flood.py",  # 1 s, sockets on 127.0.0.1 and drain()
    "snippets/subprocesses/line_by_line.py",  # 1 s, a child's output as it comes
]


@pytest.fixture(scope="module")
def real_runs():
    """Start every real-clock run at once; return their outputs by snippet."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    children = {
        snippet: subprocess.Popen(
            [sys.executable, "-X", "dev", "-W", "error", snippet],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for snippet in SAMPLE
    }
    return {snippet: child.communicate(timeout=30)[0] for snippet, child in children.items()}


@pytest.mark.parametrize("snippet", SAMPLE)
def test_both_clocks_print_the_same(snippet, real_runs):
    virtual = run_snippet(ROOT / snippet, on="virtual")
    assert not virtual.problems
    assert virtual.output, "a sampled snippet should print something"
    assert real_runs[snippet] == virtual.output
