"""``python`` inside the console sessions of a page: ``python -m tests.harness.command ARGS``.

Runs ``python snippets/... ARGS`` the way the page tests run a snippet (on the
chosen clock, watched for noise), prints what it printed, and exits with its
exit code. Noise is printed too, after the output, so that the comparison with
the page fails. Anything but a script path (``-c``, ``-m``...) runs the real
interpreter unchanged.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .running import run_snippet


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        os.execv(sys.executable, [sys.executable, *argv])
    run = run_snippet(Path(argv[0]).resolve(), argv[1:], on=os.environ.get("EXAMPLES_CLOCK"))
    sys.stdout.write(run.output)
    for problem in run.problems:
        sys.stdout.write(f"[the tests call this noise] {problem}\n")
    return run.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
