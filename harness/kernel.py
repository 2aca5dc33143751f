"""A Jupyter kernel whose event loop runs on the virtual clock.

The site executes the notebook versions of the chapters with this kernel
(overrides/hooks/notebooks.py), so that their outputs are the chapters'
outputs and an hour of sleep costs nothing, as in the page tests. A reader's
own Jupyter runs the same notebooks on the real clock.
"""

import asyncio
import sys
from asyncio import events

from ipykernel import kernelapp

from .virtual_clock import VirtualClockLoop


class KernelLoop(VirtualClockLoop):
    # The kernel keeps sockets of its own for its whole life: they must not
    # make the clock wait for real. (Its threads, started before the loop, do
    # not: the clock waits only for threads started after.)
    io_grace = 0

    def __init__(self):
        super().__init__()
        # The kernel calls its loops from its other threads, which debug mode forbids.
        self.set_debug(False)


def use_virtual_clock() -> None:
    """Every event loop this process creates from now on is a KernelLoop."""
    events.new_event_loop = asyncio.new_event_loop = KernelLoop
    if sys.version_info < (3, 14):  # before 3.14, get_event_loop() creates loops via the policy

        class Policy(asyncio.DefaultEventLoopPolicy):
            _loop_factory = KernelLoop

        asyncio.set_event_loop_policy(Policy())


if __name__ == "__main__":
    use_virtual_clock()
    sys.exit(kernelapp.launch_new_instance())
