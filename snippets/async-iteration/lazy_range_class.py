import asyncio


class LazyRange:
    """lazy_range() as a class: what an async generator writes for you."""

    def __init__(self, up_to, delay=0.5):
        self.index, self.up_to, self.delay = 0, up_to, delay

    def __aiter__(self):  # (1)!
        return self

    async def __anext__(self):  # (2)!
        if self.index >= self.up_to:
            raise StopAsyncIteration  # (3)!
        await asyncio.sleep(self.delay)
        self.index += 1
        return self.index - 1


async def main():
    async for number in LazyRange(3):
        print(number)


asyncio.run(main())
