"""pytest plugin: the --clock switch, asyncio debug mode, and the virtual-time summary."""

from __future__ import annotations

import os
import time

import pytest

from .pages import UPDATES
from .settings import CLOCKS, SETTINGS
from .snippet_runs import SNIPPET_RUNS
from .virtual_clock import STATS

# Every event loop created from here on runs in debug mode, the real clock's too.
os.environ["PYTHONASYNCIODEBUG"] = "1"

_started = time.perf_counter()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock",
        choices=CLOCKS,
        default="virtual",
        help="run the examples on the virtual clock (default, fast) or the real one "
        "(slow: sleeps really sleep).",
    )
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="write what each example prints into its output block, where they differ "
        "(blocks that use ... are left alone, and fail); review the diff afterwards",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    SETTINGS.clock = config.getoption("--clock")
    UPDATES.enabled = config.getoption("--update-outputs")
    if SETTINGS.clock == "real" and config.getoption("timeout", None) is None:
        config.option.timeout = 0  # examples may really sleep for minutes


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    with SNIPPET_RUNS.running(item.path.relative_to(SETTINGS.root).as_posix()):
        return (yield)


def pytest_report_header(config: pytest.Config) -> str:
    return f"examples run on the {SETTINGS.clock} clock"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    if hours:
        return f"{hours}h {minutes:02d}m {secs:04.1f}s"
    if minutes:
        return f"{minutes}m {secs:04.1f}s"
    return f"{secs:.1f}s"


def pytest_sessionfinish(session: pytest.Session) -> None:
    session.config._updated_outputs = UPDATES.write()


def pytest_terminal_summary(terminalreporter) -> None:
    updated = getattr(terminalreporter.config, "_updated_outputs", [])
    if updated:
        terminalreporter.write_line(f"updated {len(updated)} output blocks: {', '.join(updated)}")
    if SETTINGS.clock == "real":
        terminalreporter.write_line("examples ran on the real clock")
        return
    terminalreporter.write_line(
        f"virtual clock: {_duration(STATS.simulated)} simulated across {STATS.loops} event "
        f"loops in {STATS.wall:.2f} s of wall time "
        f"(whole run {time.perf_counter() - _started:.1f} s)"
    )
