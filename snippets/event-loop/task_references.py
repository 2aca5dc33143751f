import asyncio
import gc


async def nap():
    await asyncio.sleep(1)  # (1)!
    print("nap: woke up")


async def wait_for_nothing():
    await asyncio.get_running_loop().create_future()  # (2)!
    print("wait_for_nothing: never printed")


async def main():
    asyncio.create_task(nap())  # no reference kept, on purpose
    asyncio.create_task(wait_for_nothing())
    await asyncio.sleep(0)  # both tasks start, and pause
    gc.collect()  # (3)!
    await asyncio.sleep(2)


asyncio.run(main())
