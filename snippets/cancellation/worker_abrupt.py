import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def worker(jobs):
    for job in jobs:
        log(f"job {job} started")
        await asyncio.sleep(2)
        log(f"job {job} finished")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(worker([1, 2, 3]))
    await asyncio.sleep(3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("worker stopped")


asyncio.run(main())
