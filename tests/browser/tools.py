"""What the browser tests run: Debian's Chromium and a Java runtime, and Lighthouse,
axe-core and the Nu HTML Checker from npm.

`python -m tests.browser.tools` (`make browser-tools`, which `make test` runs)
puts in place whatever is missing when it can (as root, with apt-get and npm
ci), and otherwise fails and says what to do. The tests only check that the
tools are there (`check()`). Nothing here downloads a browser of its own:
Playwright and Lighthouse drive `CHROMIUM`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Headless, as root, and quiet: no sandbox (root has none), no GPU, and none of
# the background traffic to Google (updates, sync, field trials, QUIC probes).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NODE_PACKAGES = Path(__file__).parent  # package.json and package-lock.json
NODE_MODULES = NODE_PACKAGES / "node_modules"
LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = Path(shutil.which("java") or "/usr/bin/java")
_INSTALLED_LOCK = NODE_MODULES / ".installed-from-lock"

DESELECT = "or leave these tests out with: make test ARGS=\"-m 'not browser'\""


class Missing(Exception):
    """A tool the browser tests need is missing and could not be installed."""


def install(say: Callable[[str], None]) -> None:
    """Install what is missing, saying so; raise Missing if that cannot be done."""
    missing_debs = []
    if not os.access(CHROMIUM, os.X_OK):
        missing_debs.append("chromium")
    if not os.access(JAVA, os.X_OK):
        missing_debs.append("default-jre-headless")  # for the Nu HTML Checker
    if not shutil.which("npm"):
        missing_debs += ["nodejs", "npm"]
    if missing_debs:
        _apt_install(missing_debs, say)
    if not os.access(CHROMIUM, os.X_OK):
        raise Missing(f"apt-get installed chromium, but {CHROMIUM} is still missing")
    _npm_ci(say)


def check() -> None:
    """Raise Missing, saying what to run, if a tool the browser tests need is not there."""
    needed = {CHROMIUM: "Chromium", JAVA: "Java", LIGHTHOUSE: "Lighthouse", AXE: "axe-core"}
    needed[VNU] = "the Nu HTML Checker"
    missing = [name for path, name in needed.items() if not path.is_file()]
    if missing or not _npm_packages_match_the_lock():
        missing = missing or ["the npm packages of package-lock.json"]
        raise Missing(f"{', '.join(missing)} not installed: run `make browser-tools`, {DESELECT}")


def _apt_install(packages: list[str], say: Callable[[str], None]) -> None:
    wanted = " ".join(packages)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Missing(
            f"the browser tests need {wanted} ({CHROMIUM} for Chromium), and only root "
            f"can install them with apt-get here. Run: sudo apt-get install {wanted}\n"
            f"(elsewhere, set CHROMIUM to a Chromium binary), {DESELECT}"
        )
    say(f"browser tests: installing {wanted} with apt-get (once) ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", *packages]):
        _run(command, cwd=None, env=env)


def _lock() -> str:
    return hashlib.sha256((NODE_PACKAGES / "package-lock.json").read_bytes()).hexdigest()


def _npm_packages_match_the_lock() -> bool:
    return _INSTALLED_LOCK.is_file() and _INSTALLED_LOCK.read_text() == _lock()


def _npm_ci(say: Callable[[str], None]) -> None:
    """npm ci, unless node_modules already holds exactly what package-lock.json pins."""
    if _npm_packages_match_the_lock():
        return
    lock = _lock()
    say("browser tests: installing Lighthouse, axe-core and vnu from npm (npm ci, once) ...")
    env = {
        **os.environ,
        # Lighthouse drives the system Chromium: nothing may fetch a browser of its own.
        "PUPPETEER_SKIP_DOWNLOAD": "1",
        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1",
    }
    _run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_PACKAGES, env=env)
    _INSTALLED_LOCK.write_text(lock)


def _run(command: list[str], cwd: Path | None, env: dict[str, str]) -> None:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    if result.returncode != 0:
        raise Missing(
            f"`{' '.join(command)}` failed (exit {result.returncode}):\n"
            f"{result.stdout[-2000:]}{result.stderr[-2000:]}\n{DESELECT}"
        )


if __name__ == "__main__":
    try:
        install(print)
        check()
    except Missing as problem:
        raise SystemExit(f"browser tools: {problem}") from None
