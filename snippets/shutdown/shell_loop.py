"""Run a script twice in a shell loop, and press Ctrl+C during the first run.

Usage: python snippets/shutdown/shell_loop.py SCRIPT
"""

import argparse
import asyncio
import os
import signal
import sys

from signal_child import show_line

LOOP = 'for run in 1 2; do "$0" -u "$1"; echo "exit status $?"; done'


async def main(script):
    shell = await asyncio.create_subprocess_exec(
        *("bash", "-c", LOOP, sys.executable, script),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        start_new_session=True,  # (1)!
    )
    await show_line(shell, "terminal")
    await asyncio.sleep(0.1)
    os.killpg(shell.pid, signal.SIGINT)  # (2)!
    print("Ctrl+C")
    while await show_line(shell, "terminal"):
        pass
    print(f"the shell's exit status: {await shell.wait()}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script")
    asyncio.run(main(parser.parse_args().script))
