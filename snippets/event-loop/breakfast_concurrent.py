import asyncio


async def make(dish, minutes):
    await asyncio.sleep(minutes * 60)
    return dish


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    async with asyncio.TaskGroup() as tg:
        tea = tg.create_task(make("tea", 3))
        eggs = tg.create_task(make("eggs", 4))
        toast = tg.create_task(make("toast", 2))

    minutes = (loop.time() - start) / 60
    dishes = f"{tea.result()}, {eggs.result()} and {toast.result()}"
    print(f"{dishes} after {minutes:.0f} minutes")


asyncio.run(main())
