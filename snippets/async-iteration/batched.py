import asyncio

from lazy_range import lazy_range


async def batched(numbers, size):
    batch = []
    async for number in numbers:
        batch.append(number)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:  # the last, shorter batch
        yield batch


async def main():
    async for batch in batched(lazy_range(7, delay=0.1), 3):
        print(batch)


asyncio.run(main())
