import asyncio
import gc


async def wait_for_orders():
    orders = asyncio.get_running_loop().create_future()  # (1)!
    await orders


async def remind():
    await asyncio.sleep(0.1)
    print("reminder: still here")


async def main():
    asyncio.create_task(remind())  # (2)!
    asyncio.create_task(wait_for_orders())  # (3)!
    await asyncio.sleep(0)
    gc.collect()  # (4)!
    print("main goes on")
    await asyncio.sleep(0.2)


asyncio.run(main())
