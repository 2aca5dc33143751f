"""job.py, with Ctrl+C reported in one line, and still dying of SIGINT."""

import asyncio
import sys

from job import main


def report(kind, error, traceback):
    if issubclass(kind, KeyboardInterrupt):
        print("interrupted", file=sys.stderr)
    else:
        sys.__excepthook__(kind, error, traceback)


sys.excepthook = report  # (1)!
asyncio.run(main())
