import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(name, queue):
    while True:
        seconds = await queue.get()  # (1)!
        await asyncio.sleep(seconds)
        log(f"{name} did a {seconds} s job")
        queue.task_done()  # (2)!


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    for seconds in [2, 1, 3, 1, 1, 2]:
        queue.put_nowait(seconds)

    workers = [asyncio.create_task(worker(f"worker {n}", queue)) for n in range(1, 4)]
    await queue.join()  # (3)!
    log("all jobs done")

    for task in workers:  # (4)!
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
