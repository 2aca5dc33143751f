import asyncio
import time
import tracemalloc

TASKS = 10_000


async def idle(stop):
    await stop.wait()


async def start_tasks(stop):
    tasks = [asyncio.create_task(idle(stop)) for _ in range(TASKS)]
    await asyncio.sleep(0)  # (1)!
    return tasks


async def finish(stop, tasks):
    stop.set()
    await asyncio.gather(*tasks)


async def main():
    asyncio.get_running_loop().set_debug(False)  # (2)!
    await asyncio.sleep(0)
    stop = asyncio.Event()

    started = time.perf_counter()
    tasks = await start_tasks(stop)
    seconds = (time.perf_counter() - started) / TASKS
    await finish(stop, tasks)

    tracemalloc.start()
    tasks = await start_tasks(stop)
    size = tracemalloc.get_traced_memory()[0] / TASKS
    tracemalloc.stop()
    await finish(stop, tasks)

    print(f"{TASKS:,} tasks, each waiting for an event")
    print(f"memory per task: about {size / 1000:.0f} KB")
    print(f"time to start one: under 1 ms? {seconds < 1e-3}")
    print(f"(here: {seconds * 1e6:.0f} µs)")


asyncio.run(main())
