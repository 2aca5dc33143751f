import asyncio


async def producer(queue):
    loop = asyncio.get_running_loop()
    for number in range(1, 6):
        await queue.put(number)  # (1)!
        print(f"{loop.time():.1f} s: put {number}, {queue.qsize()} waiting")
    await queue.put(None)


async def consumer(queue):
    while await queue.get() is not None:
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
