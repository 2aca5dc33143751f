import asyncio


async def producer(queue):
    for number in range(1, 101):
        await queue.put(number)  # (1)!
    print(f"produced 100 items, {queue.qsize()} of them waiting in the queue")
    await queue.put(None)


async def consumer(queue):
    loop = asyncio.get_running_loop()
    start = loop.time()
    while await queue.get() is not None:
        await asyncio.sleep(0.1)
    print(f"consumed them in {loop.time() - start:.0f} s")


async def main():
    queue = asyncio.Queue()  # no maxsize: no limit
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
