import asyncio


async def lazy_range(up_to, delay=0.5):  # (1)!
    index = 0
    while index < up_to:
        await asyncio.sleep(delay)  # (2)!
        yield index
        index += 1
