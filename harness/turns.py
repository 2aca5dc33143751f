"""Turns at the machine for the processes of one test session (pytest-xdist workers).

A test marked ``alone`` times something on the machine's cores (Lighthouse times
a page's main thread): while it runs, no test runs in any other worker. The others
wait at the start of their next test. Every other test shares the machine as usual.
A test may also ask for the machine to itself halfway (``alone_now``): an example
timed on the real clock that printed a late time runs again so.

Two ``flock`` locks do it. Each test holds the *machine* lock, shared, or for an
``alone`` test, exclusive. The *door* is held only to take the machine lock, and an
``alone`` test keeps it until it ends, so one waiting for its turn is not starved by
the others' stream of shared turns. The kernel drops a lock with its process, so a
worker that dies (a test's timeout ends it) cannot leave the others waiting.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class Turns:
    def __init__(self) -> None:
        self.folder: Path | None = None  # none without workers: one process needs no turns
        self._held: tuple[IO, IO] | None = None  # the door and the machine, during a test

    @contextmanager
    def taking(self, alone: bool) -> Iterator[None]:
        if self.folder is None:
            yield
            return
        with open(self.folder / "door", "a") as door, open(self.folder / "machine", "a") as machine:
            fcntl.flock(door, fcntl.LOCK_EX)
            fcntl.flock(machine, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
            if not alone:
                fcntl.flock(door, fcntl.LOCK_UN)
            self._held = None if alone else (door, machine)
            try:
                yield  # closing the files drops the locks
            finally:
                self._held = None

    @contextmanager
    def alone_now(self, within: float) -> Iterator[bool]:
        """The machine to this test alone, if the others' tests under way end ``within``
        seconds; yields whether it was had (always, without workers or when it already was)."""
        if self._held is None:
            yield True
            return
        door, machine = self._held
        fcntl.flock(machine, fcntl.LOCK_UN)  # holding it, we would keep an alone test out
        fcntl.flock(door, fcntl.LOCK_EX)  # no test starts from now on
        try:
            deadline = time.monotonic() + within
            had = _exclusive(machine)
            while not had and time.monotonic() < deadline:
                time.sleep(0.05)
                had = _exclusive(machine)
            yield had
        finally:
            fcntl.flock(machine, fcntl.LOCK_SH)
            fcntl.flock(door, fcntl.LOCK_UN)


def _exclusive(lock: IO) -> bool:
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


TURNS = Turns()
