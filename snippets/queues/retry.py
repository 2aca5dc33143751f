import asyncio


async def worker(queue, failures):
    loop = asyncio.get_running_loop()
    while True:
        job = await queue.get()
        await asyncio.sleep(1)
        if failures.pop(job, 0):
            print(f"{loop.time():.1f} s: {job} failed, queued again")
            await queue.put(job)  # (1)!
            queue.task_done()
        else:
            print(f"{loop.time():.1f} s: {job} done")
            queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    for job in ("job a", "job b"):
        queue.put_nowait(job)
    task = asyncio.create_task(worker(queue, failures={"job b": 1}))
    await queue.join()
    print(f"{loop.time():.1f} s: join() returned")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
