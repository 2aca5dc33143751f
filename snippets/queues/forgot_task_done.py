import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(queue):
    while True:
        job = await queue.get()
        await asyncio.sleep(1)
        log(f"did {job}")
        # queue.task_done() forgotten here


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    for job in ("job 1", "job 2"):
        queue.put_nowait(job)
    task = asyncio.create_task(worker(queue))
    try:
        async with asyncio.timeout(60):
            await queue.join()
    except TimeoutError:
        log(f"join() still waiting, {queue.qsize()} jobs queued")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
