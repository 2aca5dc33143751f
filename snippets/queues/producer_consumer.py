import asyncio


async def producer(queue):
    loop = asyncio.get_running_loop()
    for number in range(1, 4):
        await asyncio.sleep(1)  # an order arrives every second
        await queue.put(f"order {number}")
        print(f"{loop.time():.1f} s: put order {number}")
    await queue.put(None)  # (1)!


async def consumer(queue):
    loop = asyncio.get_running_loop()
    while (order := await queue.get()) is not None:  # (2)!
        await asyncio.sleep(1.5)  # packing takes longer
        print(f"{loop.time():.1f} s: packed {order}")


async def main():
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
