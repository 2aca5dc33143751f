"""A virtual clock for asyncio: sleeps cost nothing, but everything else is real.

``VirtualClockLoop`` is an ordinary selector event loop whose ``time()`` does
not follow the wall clock. Whenever the loop has nothing to do but wait for a
timer, the clock jumps straight to that timer. Sockets, threads and
subprocesses stay real:

* ready I/O is always polled before the clock moves, and while any socket is
  registered the loop first waits a few real milliseconds for it;
* while a thread (an executor job, ``asyncio.to_thread``, a ``threading.Thread``)
  or a child process that the example started is still running, the loop
  waits for real, and the clock advances by the real time that passed. The
  threads alive when the example started (when ``virtual_clock()`` was
  entered, or else when the loop started) are not the example's: a test
  runner's watchdog, a kernel's own threads.

asyncio promises no order for timers due at the same instant: its heap of
timers is not stable. On the real clock, though, the clock moves between two
readings, so two sleeps started one after the other get different deadlines,
the later one later. Every reading of the virtual clock returns the same time
until it jumps, so it imitates that: of two timers with equal deadlines, the
one scheduled after a later reading of the clock fires later. Timers scheduled
after the same reading (``call_at()`` with one deadline, in a row) keep the
order asyncio's heap gives them, scrambled as on the real clock.

``time.sleep()`` called from inside the running loop (a coroutine or callback
that blocks) moves that loop's clock on at once instead of sleeping: the loop
is blocked all the same, debug mode reports the slow callback, and the
example runs instantly. Elsewhere (another thread, no running loop) it sleeps.

``virtual_clock()`` installs the loop behind ``asyncio.run()``,
``asyncio.Runner`` and ``asyncio.new_event_loop()`` for the duration of a
``with`` block.
"""

from __future__ import annotations

import asyncio
import concurrent.futures.thread
import contextlib
import heapq
import selectors
import threading
import time
import weakref
from asyncio import events
from collections.abc import Iterator
from dataclasses import dataclass

# How long the loop waits for real I/O before it lets the clock jump while
# sockets are open. Loopback traffic between tasks of the same loop is ready at
# once; this grace only matters for a peer outside the loop.
IO_GRACE_SECONDS = 0.01


@dataclass
class ClockStats:
    """What the virtual clock simulated, summed over every loop it ran."""

    simulated: float = 0.0
    wall: float = 0.0
    loops: int = 0


STATS = ClockStats()


class _ReadingOrderedTimerHandle(asyncio.TimerHandle):
    """A timer ordered by its deadline, then by the reading of the clock it followed."""

    __slots__ = ("_reading",)

    def __init__(self, reading, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._reading = reading

    def __lt__(self, other):
        if isinstance(other, _ReadingOrderedTimerHandle) and self._when == other._when:
            return self._reading < other._reading
        return self._when < other._when


class _JumpingSelector:
    """Wraps a real selector; turns idle waits for timers into clock jumps."""

    def __init__(self, loop: VirtualClockLoop, real: selectors.BaseSelector):
        self._loop = loop
        self._real = real

    def __getattr__(self, name):  # register, unregister, modify, get_key, get_map, close
        return getattr(self._real, name)

    def select(self, timeout=None):
        if timeout is not None and timeout <= 0:
            return self._real.select(0)
        if self._loop._waiting_on_outside():
            started = time.monotonic()
            events_ = self._real.select(timeout)
            self._loop._advance(time.monotonic() - started)
            return events_
        events_ = self._real.select(0)
        if events_:
            return events_
        if self._loop.io_grace and self._loop._watching_sockets():
            grace = self._loop.io_grace if timeout is None else min(timeout, self._loop.io_grace)
            events_ = self._real.select(grace)
            if events_:
                return events_
        if timeout is None:
            # No timer at all: only the outside world can wake us. Wait for real.
            return self._real.select(None)
        self._loop._jump(timeout)
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """A SelectorEventLoop on a virtual clock (see the module docstring)."""

    #: How long to wait for real I/O before a jump while sockets are open.
    io_grace = IO_GRACE_SECONDS
    #: Whether the example asked for debug mode; the loop is in it either way.
    debug_requested = False

    def __init__(self):
        super().__init__(selector=_JumpingSelector(self, selectors.DefaultSelector()))
        # Starting at zero keeps differences such as 3600.0 - 0.0 exact.
        self._now = 0.0
        self._created_wall = time.perf_counter()
        self._readings = 0  # how many times time() was read
        self._executor_jobs = 0
        self._children = weakref.WeakSet()
        # Not the example's threads: taken by virtual_clock(), or when the loop starts.
        self._threads_before = _threads_before_example
        self.set_debug(True)
        self.debug_requested = False  # the harness's choice, not the example's
        STATS.loops += 1

    def set_debug(self, enabled):
        self.debug_requested = enabled
        super().set_debug(enabled)

    # -- the clock -----------------------------------------------------------

    def time(self):
        self._readings += 1
        return self._now

    def _advance(self, seconds):
        self._now += seconds
        STATS.simulated += seconds

    def _jump(self, timeout):
        """Move the clock to the next timer (``timeout`` away, or at most a day)."""
        target = self._now + timeout
        if self._scheduled and abs(self._scheduled[0]._when - target) < 1e-6:
            target = self._scheduled[0]._when  # exactly, without rounding errors
        STATS.simulated += target - self._now
        self._now = target

    def call_at(self, when, callback, *args, context=None):
        # Mirrors BaseEventLoop.call_at (3.11-3.14), with a timer that knows its reading.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = _ReadingOrderedTimerHandle(self._readings, when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    # -- what the clock must wait for in real time ----------------------------

    def run_in_executor(self, executor, func, *args):
        future = super().run_in_executor(executor, func, *args)
        self._executor_jobs += 1
        future.add_done_callback(self._executor_job_done)
        return future

    def _executor_job_done(self, _future):
        self._executor_jobs -= 1

    async def _make_subprocess_transport(self, *args, **kwargs):
        transport = await super()._make_subprocess_transport(*args, **kwargs)
        self._children.add(transport)
        return transport

    def run_forever(self):
        if self._threads_before is None:
            self._threads_before = set(threading.enumerate())
        return super().run_forever()

    def _waiting_on_outside(self):
        if self._executor_jobs:
            return True
        if any(child.get_returncode() is None for child in self._children):
            return True
        pool_workers = concurrent.futures.thread._threads_queues
        return any(
            thread not in self._threads_before
            and thread not in pool_workers  # idle between jobs; jobs are counted above
            for thread in threading.enumerate()
        )

    def _watching_sockets(self):
        own = {self._ssock.fileno()} if self._ssock is not None else set()
        return any(fd not in own for fd in self._selector.get_map())

    def close(self):
        if not self.is_closed():
            STATS.wall += time.perf_counter() - self._created_wall
        super().close()


_real_sleep = time.sleep
#: The threads alive when the example started (virtual_clock() takes them).
_threads_before_example: set[threading.Thread] | None = None


def _sleep(seconds):
    loop = events._get_running_loop()
    if not isinstance(loop, VirtualClockLoop):
        return _real_sleep(seconds)
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    loop._advance(seconds)
    return None


@contextlib.contextmanager
def virtual_clock() -> Iterator[None]:
    """Make asyncio.run(), asyncio.Runner and new_event_loop() use VirtualClockLoop.

    Also makes time.sleep() move the clock of the loop it blocks. The threads
    alive now are not the example's: the clock does not wait for them.
    """
    global _threads_before_example
    saved = events.new_event_loop, asyncio.new_event_loop, time.sleep, _threads_before_example
    events.new_event_loop = asyncio.new_event_loop = VirtualClockLoop
    time.sleep = _sleep
    _threads_before_example = set(threading.enumerate())
    try:
        yield
    finally:
        events.new_event_loop, asyncio.new_event_loop, time.sleep, _threads_before_example = saved
