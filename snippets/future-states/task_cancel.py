import asyncio


async def sleeper():
    me = asyncio.current_task()
    print(f"sleeper is running: done()={me.done()}")  # (1)!
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("sleeper: cancelled, cleaning up")  # (2)!
        raise


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)  # let it start

    print(f"cancel() returned {task.cancel()}")
    print(f"right after: done()={task.done()}, cancelled()={task.cancelled()}")  # (3)!
    try:
        await task
    except asyncio.CancelledError:
        print("await task raised CancelledError")
    print(f"afterwards: done()={task.done()}, cancelled()={task.cancelled()}")
    print(f"cancel() again returned {task.cancel()}")  # (4)!


asyncio.run(main())
