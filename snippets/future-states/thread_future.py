import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def job(name):
    started.set()
    release.wait()  # keeps the only worker busy until main says so
    return f"{name} done"


def describe(name, future):
    print(
        f"{name}: running()={future.running()}, done()={future.done()}, "
        f"cancelled()={future.cancelled()}"
    )


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, "first")
    second = pool.submit(job, "second")  # (1)!
    started.wait()
    describe("first", first)
    describe("second", second)

    try:
        first.result(timeout=0)  # (2)!
    except TimeoutError as error:
        print(f"first.result(timeout=0) raises {error!r}")
    print(f"second.cancel() returned {second.cancel()}")
    print(f"first.cancel() returned {first.cancel()}")  # (3)!

    release.set()
    print(f"first.result() returned {first.result()!r}")  # (4)!
    describe("first", first)
    describe("second", second)
