"""Collects every page under docs/ as tests: each Python example on it runs."""

from sybil import Sybil

from harness.pages import parse_page

pytest_plugins = ["harness.plugin", "pytester"]

pytest_collect_file = Sybil(parsers=[parse_page], path="docs", patterns=["*.md"]).pytest()
