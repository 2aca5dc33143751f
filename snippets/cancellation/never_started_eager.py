import asyncio


async def work():
    print("work starts")
    try:
        await asyncio.sleep(1)
    finally:
        print("work cleans up")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)  # (1)!
    task = asyncio.create_task(work())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: work was cancelled")


asyncio.run(main())
