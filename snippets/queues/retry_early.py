import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(queue, failures):
    while True:
        job = await queue.get()
        await asyncio.sleep(1)
        if failures.pop(job, 0):
            log(f"{job} failed, queued again")
            queue.task_done()
            await queue.put(job)
        else:
            log(f"{job} done")
            queue.task_done()


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    for job in ("job a", "job b"):
        queue.put_nowait(job)
    task = asyncio.create_task(worker(queue, failures={"job b": 1}))
    await queue.join()
    log("join() returned")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
