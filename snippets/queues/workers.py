import asyncio


async def worker(name, queue, loop):
    while True:
        seconds = await queue.get()  # (1)!
        await asyncio.sleep(seconds)
        print(f"{loop.time():.1f} s: {name} did a {seconds} s job")
        queue.task_done()  # (2)!


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    for seconds in [2, 1, 3, 1, 1, 2]:
        queue.put_nowait(seconds)

    workers = [
        asyncio.create_task(worker(f"worker {n}", queue, loop)) for n in range(1, 4)
    ]
    await queue.join()  # (3)!
    print(f"{loop.time():.1f} s: all jobs done")

    for task in workers:  # (4)!
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
