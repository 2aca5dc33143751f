import asyncio


async def compute(a, b):
    print("Compute...")
    await asyncio.sleep(1.0)
    return a + b


async def print_sum(a, b):
    result = await compute(a, b)  # (1)!
    print(f"{a} + {b} = {result}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await print_sum(1, 2)
    await print_sum(3, 4)
    print(f"took {loop.time() - start:.1f} s")  # (2)!


asyncio.run(main())
