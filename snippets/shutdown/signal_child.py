"""Start a Python script as a child process, send it signals, show what it does.

Usage: python snippets/shutdown/signal_child.py SCRIPT SIGNAL [SIGNAL ...]

Before each signal, shows the child's next line and those after it, until the
child has printed nothing for 0.1 s: it is then waiting in its event loop.
"""

import argparse
import asyncio
import signal
import sys
from pathlib import Path


async def start(script):
    """Start ``python -u script``: unbuffered, its errors mixed with its output."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-u",  # (1)!
        script,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,  # (2)!
    )


async def show_line(child, name):
    """Print the child's next line after its name; return "" at its end."""
    line = (await child.stdout.readline()).decode()
    if line:
        print(f"{name}: {line}".rstrip())
    return line


async def show_until_quiet(child, name):
    """Print the child's next line, and the ones after it until 0.1 s without one."""
    line = await show_line(child, name)
    while line:
        try:
            async with asyncio.timeout(0.1):  # (3)!
                line = await show_line(child, name)
        except TimeoutError:
            return


def send(child, signal_name):
    child.send_signal(signal.Signals[signal_name])
    print(f"sent {signal_name}")


async def show_the_rest(child, name):
    while await show_line(child, name):
        pass
    print(f"exit status: {await child.wait()}")  # (4)!


async def main(script, signal_names):
    name = Path(script).stem
    child = await start(script)
    for signal_name in signal_names:
        await show_until_quiet(child, name)
        send(child, signal_name)
    await show_the_rest(child, name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script")
    parser.add_argument("signals", nargs="+", choices=["SIGINT", "SIGTERM"])
    arguments = parser.parse_args()
    asyncio.run(main(arguments.script, arguments.signals))
