"""``python`` inside the console sessions of a page: ``python -m harness.command ARGS``.

``python [-X dev] snippets/... ARGS`` runs the snippet the way the page tests
run one (on the chosen clock, watched for noise), prints what it printed, and
exits with its exit code. ``-X dev`` stands for a reader's development mode:
only then may the page show what asyncio logs in debug mode alone. Anything
else (``-c``, ``-m``...) runs the real interpreter unchanged.

The page tests call it with the settings of their session (``--root``,
``--clock``) and a file for the noise it finds (``--noise-to``). Called by
hand, it prints the noise after the output, marked, and exits with status 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .running import run_snippet
from .settings import CLOCKS, SETTINGS


def main(argv: list[str]) -> int:
    noise_to = None
    while argv[:1] in (["--root"], ["--clock"], ["--noise-to"]):  # ours come first
        option, value, argv = argv[0], argv[1], argv[2:]
        if option == "--root":
            SETTINGS.root = Path(value)
        elif option == "--clock":
            SETTINGS.clock = value if value in CLOCKS else sys.exit(f"--clock: one of {CLOCKS}")
        else:
            noise_to = Path(value)
    dev_mode = argv[:2] == ["-X", "dev"]
    if dev_mode:
        argv = argv[2:]
    if not argv or argv[0].startswith("-"):
        os.execv(sys.executable, [sys.executable, *(["-X", "dev"] if dev_mode else []), *argv])
    run = run_snippet(
        Path(argv[0]).resolve(),
        argv[1:],
        warnings_as_errors=not dev_mode,  # development mode shows every warning
        dev_mode=dev_mode,
    )
    sys.stdout.write(run.output)
    if noise_to:
        noise_to.write_text("".join(f"{problem}\n" for problem in run.problems))
    elif run.problems:
        sys.stdout.write("".join(f"[noise] {problem}\n" for problem in run.problems))
        return run.exit_code or 1
    return run.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
