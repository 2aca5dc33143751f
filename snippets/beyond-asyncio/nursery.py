import trio
import trio.testing


async def make(dish, minutes, started):
    await trio.sleep(minutes)
    print(f"{trio.current_time() - started:.0f} min: {dish} ready")


async def main():
    started = trio.current_time()
    async with trio.open_nursery() as nursery:  # (1)!
        nursery.start_soon(make, "tea", 3, started)  # (2)!
        nursery.start_soon(make, "eggs", 4, started)
        nursery.start_soon(make, "toast", 2, started)
    print("breakfast is served")  # (3)!


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))  # (4)!
