from collections import deque


def countdown(label, n):
    while n > 0:
        print(f"{label}: {n}")
        yield  # (1)!
        n -= 1


def run(*generators):
    ready = deque(generators)
    while ready:
        generator = ready.popleft()
        try:
            next(generator)  # (2)!
        except StopIteration:
            continue  # this one has finished
        ready.append(generator)  # (3)!


run(countdown("A", 2), countdown("B", 3))
