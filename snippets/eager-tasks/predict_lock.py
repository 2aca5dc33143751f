import asyncio


async def worker(name, lock):
    print(f"{name}: wants the lock")
    async with lock:
        print(f"{name}: has the lock")
        await asyncio.sleep(0)
    print(f"{name}: done")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("A", lock))
        tg.create_task(worker("B", lock))
        print("main: both created")


asyncio.run(main())
