import asyncio

slots = asyncio.Semaphore(1)  # (1)!


async def fetch(page):
    async with slots:
        await asyncio.sleep(0.1)
        return page


async def fetch_both():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(fetch(1))
        second = tg.create_task(fetch(2))
    return first.result(), second.result()


print(asyncio.run(fetch_both()))
print(asyncio.run(fetch_both()))  # (2)!
