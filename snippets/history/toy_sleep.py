import heapq
import itertools


def countdown(label, n):
    while n > 0:
        print(f"{label}: {n}")
        yield 1  # sleep for one second
        n -= 1


def run(*generators):
    now = 0
    order = itertools.count()  # breaks ties: first scheduled, first run
    timers = [(now, next(order), generator) for generator in generators]
    while timers:
        now, _, generator = heapq.heappop(timers)  # the next timer due
        try:
            delay = next(generator)
        except StopIteration:
            continue
        heapq.heappush(timers, (now + delay, next(order), generator))
    print(f"all done at {now} s")


run(countdown("A", 2), countdown("B", 3))
