import asyncio
import time

JOBS = 10_000
CACHE = {}


async def fetch(key):
    if key in CACHE:
        return CACHE[key]
    await asyncio.sleep(0)  # stands for real I/O: one trip through the loop
    return key


async def run_jobs():
    started = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for key in range(JOBS):
            tg.create_task(fetch(key))
    return time.perf_counter() - started


async def speed_up(hit_rate):
    """How many times faster eager tasks run the jobs, with this share of cache hits."""
    CACHE.clear()
    CACHE.update((key, key) for key in range(int(JOBS * hit_rate)))
    loop = asyncio.get_running_loop()
    times = {None: [], asyncio.eager_task_factory: []}
    for _ in range(5):  # (1)!
        for factory, runs in times.items():
            loop.set_task_factory(factory)
            runs.append(await run_jobs())
    return min(times[None]) / min(times[asyncio.eager_task_factory])


async def main():
    asyncio.get_running_loop().set_debug(False)
    await asyncio.sleep(0)
    all_hits, half, no_hits = [await speed_up(rate) for rate in (1.0, 0.5, 0.0)]
    print(f"{JOBS:,} jobs; cache hits: all, half, none")
    print(f"all hits: at least twice as fast? {all_hits >= 2}")
    print(f"no hits: a smaller gain? {no_hits < all_hits}")
    print(f"(here: {all_hits:.1f}, {half:.1f} and {no_hits:.1f} times)")


asyncio.run(main())
