"""A test marked `alone` runs while no other test runs, in any worker (harness/turns.py)."""

from __future__ import annotations

import json
from pathlib import Path

CONFTEST = """\
import json, time
from pathlib import Path

import pytest

from harness.settings import SETTINGS

SETTINGS.root = Path(__file__).parent
pytest_plugins = ["harness.plugin"]


@pytest.fixture
def record():
    def sleep_and_note(name, seconds):
        start = time.monotonic()
        time.sleep(seconds)
        with SETTINGS.root.joinpath("times.jsonl").open("a") as times:
            times.write(json.dumps([name, start, time.monotonic()]) + "\\n")

    return sleep_and_note
"""
BUSY = """\
import pytest


@pytest.mark.parametrize("n", range(20))
def test_busy(n, record):
    record(f"{__name__} {n}", 0.2)
"""
ALONE = """\
import pytest


def test_first(record):  # the other workers' tests are under way when test_timed asks
    record("first", 0.5)


@pytest.mark.alone
def test_timed(record):
    record("alone", 1.0)
"""


def test_an_alone_test_runs_while_no_other_test_runs_and_gets_its_turn(pytester):
    pytester.makeconftest(CONFTEST)
    # Two streams of tests: one of them always holds a shared turn, unless the door stops them.
    pytester.makepyfile(test_busy=BUSY, test_also_busy=BUSY)
    pytester.makepyfile(test_timed=ALONE)
    result = pytester.runpytest_subprocess("-n", "3", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=42)
    records = map(json.loads, Path("times.jsonl").read_text().splitlines())
    times = {name: (start, end) for name, start, end in records}
    began, ended = times.pop("alone")
    beside = [name for name, (start, end) in times.items() if began < end and start < ended]
    assert not beside, f"ran beside the alone test: {beside}"
    # Not starved by the stream of other tests: its turn came while they still ran.
    assert ended < max(end for _, end in times.values())


PAGES = """
from sybil import Sybil
from harness.pages import parse_page

pytest_collect_file = Sybil(parsers=[parse_page], path="docs", patterns=["*.md"]).pytest()
"""
TIMED_SNIPPET = """\
import json, pathlib, time

first = pathlib.Path("ran-once")
if not first.exists():  # late, as if the other tests had kept the machine busy
    first.touch()
    print("late")
else:
    start = time.monotonic()
    time.sleep(1.0)  # no event loop: a real sleep on any clock
    with open("times.jsonl", "a") as times:
        times.write(json.dumps(["alone", start, time.monotonic()]) + "\\n")
    print("slept")
"""
TIMED_PAGE = """\
```python
print("first")
```

```python title="timed.py" clock="real"
--8<-- "snippets/demo/timed.py"
```

```text title="Output"
slept
```
"""


def write_timed_page(pytester) -> None:
    """docs/page.md, whose example timed.py is late on its first run."""
    (pytester.path / "snippets/demo").mkdir(parents=True)
    (pytester.path / "snippets/demo/timed.py").write_text(TIMED_SNIPPET)
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs/page.md").write_text(TIMED_PAGE)


def test_an_example_timed_on_the_real_clock_that_printed_a_late_time_runs_again_alone(pytester):
    pytester.makeconftest(CONFTEST + PAGES)
    pytester.makepyfile(test_busy=BUSY, test_also_busy=BUSY)
    write_timed_page(pytester)
    result = pytester.runpytest_subprocess("-n", "3", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=42)
    records = map(json.loads, Path("times.jsonl").read_text().splitlines())
    times = {name: (start, end) for name, start, end in records}
    began, ended = times.pop("alone")
    beside = [name for name, (start, end) in times.items() if began < end and start < ended]
    assert not beside, f"ran beside the second run: {beside}"
    assert ended < max(end for _, end in times.values()), "it waited until the others ended"


SLOW = """\
import pytest


@pytest.mark.timeout(10)
def test_slow(record):  # longer than an example may take, as the build is
    record("slow", 2.5)
"""
SHORT_WAITS = """
import harness.pages

harness.pages.ALONE_WITHIN_SECONDS = 4.0
"""


def test_the_wait_for_the_machine_alone_does_not_count_toward_the_example_timeout(pytester):
    pytester.makeconftest(CONFTEST + PAGES + SHORT_WAITS)
    pytester.makeini("[pytest]\ntimeout = 2\ntimeout_method = thread\n")
    pytester.makepyfile(test_slow=SLOW)
    write_timed_page(pytester)
    result = pytester.runpytest_subprocess("-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
