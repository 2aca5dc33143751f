import trio


async def make(dish, minutes):
    await trio.sleep(minutes)


async def main():
    async with trio.open_nursery() as nursery:
        nursery.start_soon(make("tea", 3))


trio.run(main)
