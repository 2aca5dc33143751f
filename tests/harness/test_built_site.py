"""The site is built once, by the first test that needs it: the build is not that test's time."""

from __future__ import annotations

CONFTEST = """\
import time
from pathlib import Path

import pytest

from harness.settings import SETTINGS

SETTINGS.root = Path(__file__).parent
pytest_plugins = ["harness.plugin"]


@pytest.fixture(scope="session")
def built_site():
    time.sleep(1.5)  # longer than any test may take, as a build with every notebook is
"""
TESTS = """\
import pytest

def test_before(): pass

def test_first(built_site): pass

def test_second(built_site): pass
"""


def test_the_first_test_of_the_built_site_has_time_for_the_build(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\ntimeout = 1\ntimeout_method = thread\n")
    pytester.mkdir("tests")
    pytester.mkdir("tests/browser")
    (pytester.path / "tests/browser/test_pages.py").write_text(TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "tests")
    result.assert_outcomes(passed=3)
