import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def producer(queue):
    for number in range(1, 101):
        await queue.put(number)  # (1)!
    print(f"produced 100 items, {queue.qsize()} of them waiting in the queue")
    await queue.put(None)


async def consumer(queue):
    while await queue.get() is not None:
        await asyncio.sleep(0.1)
    log("consumed everything")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    queue = asyncio.Queue()  # no maxsize: no limit
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue))
        tg.create_task(consumer(queue))


asyncio.run(main())
