import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    arrival = itertools.count()  # (1)!
    await queue.put((1, next(arrival), {"to": "ann", "text": "hello"}))
    await queue.put((1, next(arrival), {"to": "ben", "text": "hi"}))
    await queue.put((0, next(arrival), {"to": "cat", "text": "urgent"}))
    while not queue.empty():
        priority, _, message = await queue.get()
        print(priority, message)


asyncio.run(main())
