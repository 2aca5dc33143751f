"""How long a contributor waits: ``make bench`` prints the table of CONTRIBUTING.md.

Each figure is timed as a contributor meets it, after the virtual environment
exists but with nothing else left over: the notebooks' cache and the built
site are set aside first, so the tests and ``make serve`` execute every
notebook again. The best of ``--runs`` runs counts (the machine may be busy).

    make bench                       every row, once
    make bench ARGS="--runs 3"       the best of three
    make bench ARGS="--only page"    one row (full, quick, page, serve)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEFT_OVER = [ROOT / ".cache" / "notebooks", ROOT / "site"]
CLOCK = re.compile(r"virtual clock: (?P<simulated>.+?) simulated .* in (?P<wall>[\d.]+) s of wall")
ONE_PAGE = "docs/lecture/event-loop.md"


@dataclass
class Row:
    name: str
    what: str
    target: float  # seconds at most, or (for the clock) times at least
    command: list[str]


ROWS = [
    Row("full", "make test (everything, browser included)", 240, ["make", "-s", "test"]),
    Row(
        "quick",
        "make test ARGS=\"-m 'not browser'\"",
        60,
        ["make", "-s", "test", "ARGS=-m 'not browser'"],
    ),
    Row(
        "page",
        f"one page: make test ARGS={ONE_PAGE}",
        5,
        ["make", "-s", "test", f"ARGS={ONE_PAGE}"],
    ),
    Row("serve", "make serve: first page served", 10, []),
]


def fresh() -> None:
    """Set aside what an earlier build or run left (restored by ``restore``)."""
    for path in LEFT_OVER:
        if path.exists():
            path.rename(path.with_name(path.name + ".bench-aside"))


def restore() -> None:
    for path in LEFT_OVER:
        aside = path.with_name(path.name + ".bench-aside")
        if aside.exists():
            shutil.rmtree(path, ignore_errors=True)
            aside.rename(path)


# The make commands timed here must not inherit the bench's own ARGS from make.
ENV = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}


def timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    run = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if run.returncode:
        sys.exit(f"{' '.join(command)} failed (exit {run.returncode}):\n{run.stdout[-3000:]}")
    return took, run.stdout


def first_page_served() -> float:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.perf_counter()
    serve = subprocess.Popen(
        ["make", "-s", "serve", f"ARGS=--dev-addr 127.0.0.1:{port}"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while time.perf_counter() - started < 300:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    if answer.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.1)
        sys.exit("make serve served nothing in 300 s")
    finally:
        os.killpg(serve.pid, signal.SIGINT)
        serve.wait(30)


def seconds(text: str) -> float:
    """'5h 28m 27.0s' -> 19707.0"""
    units = {"h": 3600, "m": 60, "s": 1}
    return sum(float(n) * units[u] for n, u in re.findall(r"([\d.]+)([hms])", text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--only", choices=[row.name for row in ROWS], action="append")
    args = parser.parse_args()
    results: list[tuple[str, str, str, bool]] = []
    clock = None
    for row in ROWS:
        if args.only and row.name not in args.only:
            continue
        best = None
        for _ in range(args.runs):
            fresh()
            try:
                if row.command:
                    took, output = timed(row.command)
                    if row.name == "quick" and (found := CLOCK.search(output)):
                        ratio = seconds(found["simulated"]) / float(found["wall"])
                        clock = max(clock or 0, ratio)
                else:
                    took = first_page_served()
            finally:
                restore()
            best = took if best is None else min(best, took)
            print(f"  {row.name}: {took:.1f} s", file=sys.stderr)
        results.append((row.what, f"{best:.1f} s", f"<= {row.target:g} s", best <= row.target))
    if clock is not None:
        results.append(
            (
                "virtual clock: simulated s per s of examples",
                f"{clock:.0f}x",
                ">= 1000x",
                clock >= 1000,
            )
        )
    width = max(len(what) for what, *_ in results)
    print(f"| {'What':{width}} | Measured | Target   | Met |")
    print(f"|{'-' * (width + 2)}|----------|----------|-----|")
    for what, measured, target, met in results:
        print(f"| {what:{width}} | {measured:>8} | {target:8} | {'yes' if met else 'NO':3} |")
    sys.exit(0 if all(met for *_, met in results) else 1)


if __name__ == "__main__":
    main()
