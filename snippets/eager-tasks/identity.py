import asyncio


async def job(waits):
    me = asyncio.current_task()
    print(f"  {me.get_name()!r} starts")
    if waits:
        await asyncio.sleep(0)
        print(f"  {me.get_name()!r} goes on")


async def start_two(label):
    print(label)
    quick = asyncio.create_task(job(waits=False), name="quick")
    slow = asyncio.create_task(job(waits=True), name="slow")
    listed = sorted(task.get_name() for task in asyncio.all_tasks())
    print(f"  all_tasks(): {listed}")
    await asyncio.gather(quick, slow)


async def main():
    await start_two("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await start_two("eager task factory")


asyncio.run(main())
