import asyncio


async def cached():
    print("  cached: runs")
    return "from the cache"


async def download():
    print("  download: starts")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  download: cancelled in its sleep")
        raise


def state(task):
    return "cancelled" if task.cancelled() else f"result {task.result()!r}"


async def create_and_cancel(label):
    print(label)
    first = asyncio.create_task(cached())
    second = asyncio.create_task(download())
    print(f"  cancel() returned {first.cancel()} and {second.cancel()}")
    await asyncio.gather(first, second, return_exceptions=True)
    print(f"  cached: {state(first)}; download: {state(second)}")


async def main():
    await create_and_cancel("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await create_and_cancel("eager task factory")


asyncio.run(main())
