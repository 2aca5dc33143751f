import asyncio


async def work():
    print("work starts")
    try:
        await asyncio.sleep(1)
    finally:
        print("work cleans up")


async def main():
    task = asyncio.create_task(work())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: work was cancelled")


asyncio.run(main())
