import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    async with asyncio.TaskGroup() as tg:  # (1)!
        profile = tg.create_task(fetch("profile", 1))
        orders = tg.create_task(fetch("orders", 3))
        basket = tg.create_task(fetch("basket", 2))
    # (2)!
    print(profile.result(), orders.result(), basket.result(), sep=", ")
    print(f"all done after {loop.time() - start:.1f} s")


asyncio.run(main())
