import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    await queue.put((2, "send the newsletter"))
    await queue.put((0, "the site is down"))  # (1)!
    await queue.put((1, "renew the certificate"))
    while not queue.empty():
        priority, task = await queue.get()
        print(priority, task)


asyncio.run(main())
