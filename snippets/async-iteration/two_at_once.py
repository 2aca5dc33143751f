import asyncio

from lazy_range import lazy_range


async def consume(name, numbers):
    async for number in numbers:
        print(f"{name} got {number}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consume("fast", lazy_range(3, delay=0.3)))
        tg.create_task(consume("slow", lazy_range(2, delay=0.5)))


asyncio.run(main())
