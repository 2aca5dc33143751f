import asyncio


async def report(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} report"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        sales = tg.create_task(report("sales", 2))
        stock = tg.create_task(report("stock", 2))
    print(sales.result())
    print(stock.result())
    print(f"after {loop.time() - start:.1f} s")


asyncio.run(main())
