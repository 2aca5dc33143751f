"""Which snippets each test file ran: what a ``tested_by`` fence claims.

A fence with ``tested_by="tests/..."`` shows code that test file runs (a bot
against a fake Telegram server, say). The claim is checked, not trusted: an
audit hook sees code executed in this process (a snippet run or imported) and
processes started on a snippet (``python snippets/...``); a snippet counts too
for the siblings it imports. A page a test file reads counts for the text it
shows that the test checks (a log line, say). The pytest plugin says which
test file is running.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from .settings import SETTINGS
from .snippets import sibling_imports


class SnippetRuns:
    """Which snippets each test file ran in this session."""

    def __init__(self) -> None:
        self.by_test_file: dict[str, set[Path]] = {}
        self._test_file: str | None = None
        # Threads that start processes at once (the reader-runs test) each parse
        # a snippet here; at once, Python 3.11 can fail with "AST constructor recursion
        # depth mismatch" (a SystemError, CPython gh-106905).
        self._parsing = threading.Lock()
        sys.addaudithook(self._audit)

    @contextlib.contextmanager
    def running(self, test_file: str) -> Iterator[None]:
        self.by_test_file.setdefault(test_file, set())
        self._test_file = test_file
        try:
            yield
        finally:
            self._test_file = None

    def ran(self, test_file: str, snippet: Path) -> bool | None:
        """Whether ``test_file`` ran ``snippet``; None if it did not run in this session."""
        ran = self.by_test_file.get(test_file)
        return None if ran is None else snippet.resolve() in ran

    def _audit(self, event: str, args: tuple) -> None:
        if self._test_file is None:
            return
        if event == "open" and isinstance(args[0], str) and args[0].endswith(".md"):
            page = Path(args[0]).resolve()  # a page a test reads (to check text it shows)
            if page.is_relative_to(SETTINGS.root / "docs"):
                self.by_test_file[self._test_file].add(page)
            return
        if event == "exec":
            started = [getattr(args[0], "co_filename", "")]
        elif event == "subprocess.Popen":
            command, cwd = args[1], args[2]
            words = [command] if isinstance(command, str | bytes) else list(command or ())
            started = [os.path.join(os.fsdecode(cwd or os.getcwd()), os.fsdecode(w)) for w in words]
        else:
            return
        snippets = SETTINGS.snippets
        for name in started:
            path = Path(name).resolve() if name.endswith(".py") else None
            if path and path.is_relative_to(snippets) and path.is_file():
                ran = self.by_test_file[self._test_file]
                todo = [path]
                while todo:
                    module = todo.pop()
                    ran.add(module)
                    with self._parsing:
                        siblings = sibling_imports(module)
                    todo += [s.resolve() for s in siblings if s.resolve() not in ran]


SNIPPET_RUNS = SnippetRuns()
