import asyncio
import tracemalloc

JOBS = 10_000
WORKERS = 100


async def worker(jobs, results):
    while True:
        number = await jobs.get()
        await asyncio.sleep(0.1)
        results.append(number)
        jobs.task_done()


async def main():
    asyncio.get_running_loop().set_debug(False)
    await asyncio.sleep(0)
    tracemalloc.start()
    jobs = asyncio.Queue(maxsize=WORKERS)  # (1)!
    results = []
    workers = [asyncio.create_task(worker(jobs, results)) for _ in range(WORKERS)]
    for number in range(JOBS):
        await jobs.put(number)
    await jobs.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{len(results):,} jobs done")
    print(f"peak memory under 1 MB? {peak < 1_000_000}")


asyncio.run(main())
