import trio
import trio.testing


async def say(what, when, started):
    await trio.sleep(when)
    print(f"{trio.current_time() - started:.0f} s: {what}")


async def main():
    started = trio.current_time()
    with trio.move_on_after(3):  # (1)!
        async with trio.open_nursery() as nursery:
            nursery.start_soon(say, "first hello", 2, started)
            nursery.start_soon(say, "second hello", 1, started)
            nursery.start_soon(say, "third hello", 4, started)
    print("time is up")


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
