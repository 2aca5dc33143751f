import asyncio


async def worker(name):
    print(f"  {name} starts")
    await asyncio.sleep(0)
    print(f"  {name} done")


async def start_three(label):
    print(label)
    async with asyncio.TaskGroup() as tg:
        for name in "ABC":
            tg.create_task(worker(name))
            print(f"  main created {name}")
        print("  main: end of the block")


async def main():
    await start_three("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await start_three("eager task factory")


asyncio.run(main())
