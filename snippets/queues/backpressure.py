import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def producer(queue):
    for number in range(1, 6):
        await queue.put(number)  # (1)!
        log(f"put {number}, {queue.qsize()} waiting")
    await queue.put(None)


async def consumer(queue):
    while await queue.get() is not None:
        await asyncio.sleep(1)


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
