import asyncio


async def job(name, seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ValueError(f"{name} failed")
    return name


async def wait_and_report(return_when):
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [
        asyncio.create_task(job("fast", 1), name="fast"),
        asyncio.create_task(job("broken", 2, fails=True), name="broken"),
        asyncio.create_task(job("slow", 3), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=return_when)  # (1)!

    elapsed = loop.time() - start
    print(f"{return_when} returned after {elapsed:.0f} s:")
    print("  done:   ", sorted(task.get_name() for task in done))  # (2)!
    print("  pending:", sorted(task.get_name() for task in pending))

    for task in pending:  # (3)!
        task.cancel()
    await asyncio.wait(tasks)
    for task in tasks:
        if not task.cancelled() and task.exception():
            print(f"  {task.get_name()} raised {task.exception()!r}")  # (4)!


async def main():
    for return_when in (
        asyncio.FIRST_COMPLETED,
        asyncio.FIRST_EXCEPTION,
        asyncio.ALL_COMPLETED,
    ):
        await wait_and_report(return_when)


asyncio.run(main())
