"""Where the browser tests cannot get their tools, they say so and how to fix it."""

from __future__ import annotations

import pytest

from . import tools


def test_a_missing_chromium_that_cannot_be_installed_is_reported(monkeypatch, tmp_path):
    monkeypatch.setattr(tools, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(tools.os, "geteuid", lambda: 1000)  # not root: no apt-get
    said = []
    with pytest.raises(tools.Missing) as missing:
        tools.install(said.append)
    assert "sudo apt-get install chromium" in str(missing.value)
    assert "-m 'not browser'" in str(missing.value)
    assert not said, "nothing was installed, so nothing should claim to be"


def test_a_failed_install_is_reported_with_its_output(monkeypatch, tmp_path):
    def fake_apt(packages, say):
        tools._run(["sh", "-c", "echo E: Unable to locate package chromium; exit 100"], None, {})

    monkeypatch.setattr(tools, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(tools, "_apt_install", fake_apt)
    with pytest.raises(tools.Missing, match=r"exit 100\):\nE: Unable to locate package"):
        tools.install(print)


def test_a_missing_tool_tells_the_tests_what_to_run(monkeypatch, tmp_path):
    monkeypatch.setattr(tools, "VNU", tmp_path / "vnu.jar")
    with pytest.raises(
        tools.Missing, match=r"the Nu HTML Checker not installed: run `make browser"
    ):
        tools.check()
