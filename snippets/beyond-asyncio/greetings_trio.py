import trio
import trio.testing


async def say(what, when):
    await trio.sleep(when)
    print(f"{trio.current_time():.0f} s: {what}")


async def main():
    with trio.move_on_after(3):  # (1)!
        async with trio.open_nursery() as nursery:
            nursery.start_soon(say, "first hello", 2)
            nursery.start_soon(say, "second hello", 1)
            nursery.start_soon(say, "third hello", 4)
    print("time is up")


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
