import asyncio


async def worker(name, steps):
    for step in range(steps):
        print(f"{name}: step {step}")
        await asyncio.sleep(0)
    print(f"{name}: done")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("A", 2))
        tg.create_task(worker("B", 1))
        print("main: tasks created")
    print("main: all done")


asyncio.run(main())
