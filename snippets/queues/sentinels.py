import asyncio

STOP = None  # (1)!


async def worker(name, queue):
    loop = asyncio.get_running_loop()
    while (job := await queue.get()) is not STOP:
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} s: {name} did {job}")
    print(f"{loop.time():.1f} s: {name} stops")


async def main():
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        for name in ("ann", "ben"):
            tg.create_task(worker(name, queue))
        for job in ("job 1", "job 2", "job 3"):
            await queue.put(job)
        for _ in range(2):  # (2)!
            await queue.put(STOP)


asyncio.run(main())
