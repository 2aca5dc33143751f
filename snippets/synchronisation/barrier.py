import asyncio


async def player(name, seconds_to_load, ready):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(seconds_to_load)
    print(f"{loop.time():.1f} s: {name} loaded, waiting")
    await ready.wait()  # (1)!
    print(f"{loop.time():.1f} s: {name} starts")


async def main():
    ready = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(player("Ann", 2, ready))
        tg.create_task(player("Ben", 1, ready))
        tg.create_task(player("Cat", 3, ready))


asyncio.run(main())
