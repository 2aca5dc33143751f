import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def producer(queue):
    for number in range(1, 4):
        await asyncio.sleep(1)  # an order arrives every second
        await queue.put(f"order {number}")
        log(f"put order {number}")
    await queue.put(None)  # (1)!


async def consumer(queue):
    while (order := await queue.get()) is not None:  # (2)!
        await asyncio.sleep(1.5)  # packing takes longer
        log(f"packed {order}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
