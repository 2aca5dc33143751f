"""What ``mkdocs serve`` keeps from one build to the next: the notebooks, run in the
background so that the first page is served without waiting for them.

MkDocs loads its hooks file anew for every build, so this state lives here. The
first build of ``serve`` leaves the notebooks out; once it is served, they run;
when they are done, a file that the server watches changes, and the next build
(and every one after it) has them, from the cache.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.notebooks")


class BackgroundNotebooks:
    def __init__(self) -> None:
        self.serving = False  # set by the hooks' on_startup
        self._lock = threading.Lock()
        self._run: Callable[[], object] | None = None
        self._done = False

    def ready(self) -> bool:
        """Whether this build may include the notebooks (always, outside serve)."""
        with self._lock:
            return not self.serving or self._done

    def defer(self, run: Callable[[], object]) -> None:
        """Run the notebooks (``run``) once the first build is served, not before:
        the first page comes sooner without them competing for the cores."""
        self._run = self._run or run

    def start(self, signal: Path, watching: Callable[[], bool]) -> None:
        """Run the notebooks, then touch ``signal``, a file the server watches once
        ``watching()`` says so."""
        if self._run is None:
            return
        log.info("The notebooks run in the background; their pages follow in a later build.")
        thread = threading.Thread(target=self._run_then_touch, args=(signal, watching))
        thread.daemon = True
        thread.start()

    def _run_then_touch(self, signal: Path, watching: Callable[[], bool]) -> None:
        try:
            self._run()
        except Exception as error:  # the next build runs them again, and fails loudly
            log.error(f"the notebooks could not be run: {error}")
        with self._lock:
            self._done = True
        # From the cache they are done at once, maybe before the server watches:
        # a change it has not begun to watch (and a poll later) would be missed.
        while not watching():
            time.sleep(0.1)
        time.sleep(1)
        signal.write_text(f"the notebooks are ready ({time.time()})\n")


NOTEBOOKS = BackgroundNotebooks()
