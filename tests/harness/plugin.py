"""pytest plugin: the --clock switch, asyncio debug mode, and the virtual-time summary."""

from __future__ import annotations

import os
import time

import pytest

from . import running
from .virtual_clock import STATS

# Every event loop created from here on runs in debug mode, the real clock's too.
os.environ["PYTHONASYNCIODEBUG"] = "1"

_started = time.perf_counter()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock",
        choices=running.CLOCKS,
        default=os.environ.get("EXAMPLES_CLOCK", "virtual"),
        help="run the examples on the virtual clock (default, fast) or the real one "
        "(slow: sleeps really sleep). Also set by EXAMPLES_CLOCK.",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    running.clock = config.getoption("--clock")
    if running.clock == "real" and config.getoption("timeout", None) is None:
        config.option.timeout = 0  # examples may really sleep for minutes


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    with running.SNIPPET_RUNS.running(item.path.relative_to(running.ROOT).as_posix()):
        return (yield)


def pytest_report_header(config: pytest.Config) -> str:
    return f"examples run on the {running.clock} clock"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    if hours:
        return f"{hours}h {minutes:02d}m {secs:04.1f}s"
    if minutes:
        return f"{minutes}m {secs:04.1f}s"
    return f"{secs:.1f}s"


def pytest_terminal_summary(terminalreporter) -> None:
    if running.clock == "real":
        terminalreporter.write_line("examples ran on the real clock")
        return
    terminalreporter.write_line(
        f"virtual clock: {_duration(STATS.simulated)} simulated across {STATS.loops} event "
        f"loops in {STATS.wall:.2f} s of wall time "
        f"(whole run {time.perf_counter() - _started:.1f} s)"
    )
