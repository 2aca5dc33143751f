import asyncio


async def countdown(label, n):
    while n > 0:
        print(f"{label}: {n}")
        await asyncio.sleep(1)
        n -= 1


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(countdown("A", 2))
        tg.create_task(countdown("B", 3))


asyncio.run(main())
