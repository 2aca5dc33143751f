import asyncio


async def worker(seconds):
    await asyncio.sleep(seconds)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1), name="fast")
        slow = tg.create_task(worker(60), name="slow")
        await asyncio.sleep(2)
        names = sorted(task.get_name() for task in asyncio.all_tasks())  # (1)!
        print("not done yet:", ", ".join(names))
        slow.print_stack()  # (2)!
        slow.cancel()


asyncio.run(main())
