import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    await queue.put((1, {"to": "ann", "text": "hello"}))
    await queue.put((1, {"to": "ben", "text": "hi"}))  # same priority
    print(await queue.get())


asyncio.run(main())
