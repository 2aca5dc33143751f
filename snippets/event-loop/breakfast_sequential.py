import asyncio


async def make(dish, minutes):
    await asyncio.sleep(minutes * 60)
    return dish


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    tea = await make("tea", 3)
    eggs = await make("eggs", 4)
    toast = await make("toast", 2)

    minutes = (loop.time() - start) / 60
    print(f"{tea}, {eggs} and {toast} after {minutes:.0f} minutes")


asyncio.run(main())
