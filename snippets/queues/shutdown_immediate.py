import asyncio


async def worker(name, queue):
    loop = asyncio.get_running_loop()
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:
            break
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} s: {name} did {job}")
    print(f"{loop.time():.1f} s: {name} stops")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        for name in ("ann", "ben"):
            tg.create_task(worker(name, queue))
        for number in range(1, 7):
            await queue.put(f"job {number}")
        await asyncio.sleep(1.5)
        dropped = queue.qsize()
        queue.shutdown(immediate=True)  # (1)!
        print(f"{loop.time():.1f} s: shut down, {dropped} jobs dropped")


asyncio.run(main())
