import asyncio


async def worker(name, queue):
    loop = asyncio.get_running_loop()
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            break
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
        queue.shutdown()  # (2)!
        try:
            await queue.put("job 4")
        except asyncio.QueueShutDown:
            print("job 4 refused: the queue is shut down")


asyncio.run(main())
