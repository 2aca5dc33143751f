"""pytest plugin: the --clock switch, asyncio debug mode, the virtual-time summary, and
how the tests share the machine's cores (pytest-xdist).

With ``-n auto`` (``make test``), each core runs tests in a process of its own.
What must run in one process stays together (``group_of`` names the group;
xdist hands out whole groups):

* the tests of one test file (its module-scoped fixtures start programs once);
* every test that needs the built site (it is built once, and served once);
* the examples of one page (they share a namespace), with the test file that
  runs the page's ``tested_by`` code, after it (that is how the fence knows).

A test marked ``alone`` runs while no other test does (harness/turns.py); so does the
second run of an example timed on the real clock (``clock="real"``) that printed a late time.

A run of one file, or a few, stays in this process: workers take seconds to start.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from . import pages
from .fences import page_fences
from .pages import UPDATES
from .settings import CLOCKS, SETTINGS
from .snippet_runs import SNIPPET_RUNS
from .turns import TURNS
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
    config.addinivalue_line(
        "markers", "alone: times the machine, so no other test runs meanwhile (harness/turns.py)"
    )
    if hasattr(config, "workerinput"):
        TURNS.folder = Path(config.workerinput["turns"])


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """The workers take their turns through lock files in one folder."""
    if TURNS.folder is None:
        TURNS.folder = Path(tempfile.mkdtemp(prefix="pytest-turns-"))
    node.workerinput["turns"] = str(TURNS.folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    if TURNS.folder and not hasattr(config, "workerinput"):
        shutil.rmtree(TURNS.folder, ignore_errors=True)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """As many workers as cores, but none for a run of single files."""
    named = [arg.split("::")[0] for arg in config.args]
    if named and all(os.path.isfile(arg) for arg in named) and len(named) <= 2:
        return 0
    return os.cpu_count() or 1


#: The test files whose tests use the built site (the session fixture ``built_site``):
#: one process builds it. pytest_collection_modifyitems checks that the list is whole.
BUILT_SITE_TESTS = ("tests/browser/", "tests/site/test_build.py")


def group_of(nodeid: str) -> str:
    """The tests that must share a process with this one, by name."""
    path = nodeid.split("::")[0]
    if path.startswith(BUILT_SITE_TESTS):
        return "the built site"
    if path.endswith(".md"):
        return _tested_by(path) or path
    return path


@functools.cache
def _tested_by(page: str) -> str | None:
    """The test file that the ``tested_by`` fences of a page name (one at most)."""
    fences = page_fences((SETTINGS.root / page).read_text(), page)
    return next((f.attributes["tested_by"] for f in fences if "tested_by" in f.attributes), None)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        """xdist's scheduling by module, with our groups for modules."""

        def _split_scope(self, nodeid: str) -> str:
            return group_of(nodeid)

    return ByGroup(config, log)


#: How long the first test of the built site may take: it waits for the build, which
#: runs every notebook when their cache is cold (tests/conftest.py, ``built_site``).
BUILD_TIMEOUT_SECONDS = 360


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected what they do
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # One process runs the built site's tests in this order: the first builds it.
    users = (item for item in items if "built_site" in getattr(item, "fixturenames", ()))
    if (first := next(users, None)) is not None and not first.get_closest_marker("timeout"):
        first.add_marker(pytest.mark.timeout(BUILD_TIMEOUT_SECONDS))
    # An example timed on the real clock may wait for the machine to itself: not its time.
    for item in items:
        example = getattr(item, "example", None)
        if example is not None and pages.timed_on_the_real_clock(example):
            timeout = float(item.config.getoption("timeout") or item.config.getini("timeout") or 0)
            if timeout:  # 0: none
                item.add_marker(pytest.mark.timeout(timeout + pages.ALONE_WITHIN_SECONDS))
    strays = [
        item.nodeid
        for item in items
        if "built_site" in getattr(item, "fixturenames", ())
        and group_of(item.nodeid) != "the built site"
    ]
    if strays:
        raise pytest.UsageError(f"add their files to BUILT_SITE_TESTS in {__file__}: {strays}")


@pytest.hookimpl(wrapper=True, tryfirst=True)  # around pytest-timeout's: waits do not count
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    with (
        TURNS.taking(alone=item.get_closest_marker("alone") is not None),
        SNIPPET_RUNS.running(item.path.relative_to(SETTINGS.root).as_posix()),
    ):
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
    updated = UPDATES.write()
    if hasattr(session.config, "workeroutput"):  # an xdist worker: tell the controller
        session.config.workeroutput["harness"] = {
            "updated": updated,
            "clock": (STATS.simulated, STATS.wall, STATS.loops),
        }
    else:
        _UPDATED.extend(updated)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """A worker is done: add what it ran to this process's figures."""
    report = getattr(node, "workeroutput", {}).get("harness")
    if report:
        _UPDATED.extend(report["updated"])
        simulated, wall, loops = report["clock"]
        STATS.simulated += simulated
        STATS.wall += wall
        STATS.loops += loops


_UPDATED: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if _UPDATED:
        terminalreporter.write_line(f"updated {len(_UPDATED)} output blocks: {', '.join(_UPDATED)}")
    if SETTINGS.clock == "real":
        terminalreporter.write_line("examples ran on the real clock")
        return
    terminalreporter.write_line(
        f"virtual clock: {_duration(STATS.simulated)} simulated across {STATS.loops} event "
        f"loops in {STATS.wall:.2f} s of wall time "
        f"(whole run {time.perf_counter() - _started:.1f} s)"
    )
