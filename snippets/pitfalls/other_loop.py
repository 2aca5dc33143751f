import asyncio

orders = asyncio.Queue()  # (1)!


async def serve_one():
    async with asyncio.timeout(1):
        return await orders.get()


async def take_order(order):
    waiter = asyncio.create_task(serve_one())
    await asyncio.sleep(0)
    orders.put_nowait(order)
    print("served:", await waiter)


asyncio.run(take_order("coffee"))
asyncio.run(take_order("tea"))  # (2)!
