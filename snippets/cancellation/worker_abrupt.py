import asyncio


async def worker(loop, jobs):
    for job in jobs:
        print(f"{loop.time():.1f} s: job {job} started")
        await asyncio.sleep(2)
        print(f"{loop.time():.1f} s: job {job} finished")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker(loop, [1, 2, 3]))
    await asyncio.sleep(3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} s: worker stopped")


asyncio.run(main())
