import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(name, queue):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            break
        await asyncio.sleep(1)
        log(f"{name} did {job}")
    log(f"{name} stops")


async def main():
    global START
    START = asyncio.get_running_loop().time()
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
