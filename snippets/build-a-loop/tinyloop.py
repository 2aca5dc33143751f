"""A tiny event loop: a ready queue, a heap of timers and I/O readiness."""

import heapq
import itertools
import selectors
import time
from collections import deque


class Wait:
    """An awaitable that hands a request to the loop, and pauses until it is met."""

    def __init__(self, *request):
        self.request = request

    def __await__(self):
        return (yield self.request)  # (1)!


async def sleep(seconds):
    await Wait("sleep", seconds)


async def readable(sock):
    await Wait("read", sock)


async def writable(sock):
    await Wait("write", sock)


class Loop:
    def __init__(self):
        self.ready = deque()  # (2)!
        self.timers = []  # (3)!
        self.order = itertools.count()
        self.selector = selectors.DefaultSelector()  # (4)!

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready or self.timers or self.selector.get_map():
            if not self.ready:
                self.wait_for_something()
            self.step(self.ready.popleft())

    def wait_for_something(self):
        timeout = None
        if self.timers:
            timeout = max(0, self.timers[0][0] - time.monotonic())
        for key, _ in self.selector.select(timeout):  # (5)!
            self.selector.unregister(key.fileobj)
            self.ready.append(key.data)
        while self.timers and self.timers[0][0] <= time.monotonic():
            _, _, coro = heapq.heappop(self.timers)
            self.ready.append(coro)

    def step(self, coro):
        try:
            request = coro.send(None)  # (6)!
        except StopIteration:
            return
        self.handle(coro, request)

    def handle(self, coro, request):
        match request:
            case ("sleep", seconds):
                when = time.monotonic() + seconds
                heapq.heappush(self.timers, (when, next(self.order), coro))
            case ("read", sock):
                self.selector.register(sock, selectors.EVENT_READ, coro)
            case ("write", sock):
                self.selector.register(sock, selectors.EVENT_WRITE, coro)
            case _:
                raise RuntimeError(f"unknown request {request!r}")
