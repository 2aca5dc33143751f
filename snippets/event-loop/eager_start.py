import asyncio


async def worker():
    print("  worker: step 0")
    await asyncio.sleep(0)
    print("  worker: done")


async def create_and_wait(factory_name):
    print(f"{factory_name}:")
    task = asyncio.create_task(worker())
    print("  create_task() returned")
    await task


async def main():
    await create_and_wait("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)  # (1)!
    await create_and_wait("eager task factory")


asyncio.run(main())
