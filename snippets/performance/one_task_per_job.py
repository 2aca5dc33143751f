import asyncio
import tracemalloc

JOBS = 10_000
AT_ONCE = 100


async def job(number, limit, results):
    async with limit:
        await asyncio.sleep(0.1)
        results.append(number)


async def main():
    asyncio.get_running_loop().set_debug(False)
    await asyncio.sleep(0)
    tracemalloc.start()
    limit = asyncio.Semaphore(AT_ONCE)
    results = []
    async with asyncio.TaskGroup() as tg:
        for number in range(JOBS):
            tg.create_task(job(number, limit, results))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{len(results):,} jobs done")
    print(f"peak memory over 5 MB? {peak > 5_000_000}")


asyncio.run(main())
