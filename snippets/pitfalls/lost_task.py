import asyncio
import gc


async def wait_for_orders():
    orders = asyncio.get_running_loop().create_future()  # (1)!
    await orders


async def main():
    asyncio.create_task(wait_for_orders())  # (2)!
    await asyncio.sleep(0)
    gc.collect()  # (3)!
    print("main goes on")


asyncio.run(main())
