import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


STOP = None  # (1)!


async def worker(name, queue):
    while (job := await queue.get()) is not STOP:
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
        for _ in range(2):  # (2)!
            await queue.put(STOP)


asyncio.run(main())
