import asyncio


async def work():
    print("work runs")


async def main():
    task = asyncio.create_task(work())
    task.cancel()  # (1)!
    print(f"uncancel() returned {task.uncancel()}")  # (2)!
    try:
        await task
        print("the request was withdrawn")
    except asyncio.CancelledError:
        print("cancelled all the same")


asyncio.run(main())
