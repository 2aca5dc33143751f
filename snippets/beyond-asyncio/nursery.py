import trio
import trio.testing


async def make(dish, minutes):
    await trio.sleep(minutes)
    print(f"{trio.current_time():.0f} min: {dish} ready")


async def main():
    async with trio.open_nursery() as nursery:  # (1)!
        nursery.start_soon(make, "tea", 3)  # (2)!
        nursery.start_soon(make, "eggs", 4)
        nursery.start_soon(make, "toast", 2)
    print("breakfast is served")  # (3)!


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))  # (4)!
