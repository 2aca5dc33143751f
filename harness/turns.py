"""Turns at the machine for the processes of one test session (pytest-xdist workers).

A test marked ``alone`` times something on the machine's cores (Lighthouse times
a page's main thread): while it runs, no test runs in any other worker. The others
wait at the start of their next test. Every other test shares the machine as usual.

Two ``flock`` locks do it. Each test holds the *machine* lock, shared, or for an
``alone`` test, exclusive. The *door* is held only to take the machine lock, and an
``alone`` test keeps it until it ends, so one waiting for its turn is not starved by
the others' stream of shared turns. The kernel drops a lock with its process, so a
worker that dies (a test's timeout ends it) cannot leave the others waiting.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Turns:
    def __init__(self) -> None:
        self.folder: Path | None = None  # none without workers: one process needs no turns

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
            yield  # closing the files drops the locks


TURNS = Turns()
