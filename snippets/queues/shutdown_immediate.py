import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(name, queue):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:
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
        for number in range(1, 7):
            await queue.put(f"job {number}")
        await asyncio.sleep(1.5)
        dropped = queue.qsize()
        queue.shutdown(immediate=True)  # (1)!
        log(f"shut down, {dropped} jobs dropped")


asyncio.run(main())
