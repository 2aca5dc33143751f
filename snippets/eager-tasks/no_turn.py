import asyncio

CACHE = {"a": 1, "b": 2, "c": 3}


async def cached(key):
    return CACHE[key]  # (1)!


async def ticker(stop):
    while not stop.is_set():
        print("  tick")
        await asyncio.sleep(0)


async def look_up_all(label):
    print(label)
    stop = asyncio.Event()
    ticks = asyncio.create_task(ticker(stop))
    for key in CACHE:
        task = asyncio.create_task(cached(key))
        print(f"  {key}: done when created? {task.done()}")
        await task  # (2)!
    stop.set()
    await ticks


async def main():
    await look_up_all("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await look_up_all("eager task factory")


asyncio.run(main())
