import asyncio
import contextlib


async def say(what, when, started):
    await asyncio.sleep(when)
    print(f"{asyncio.get_running_loop().time() - started:.0f} s: {what}")


async def main():
    started = asyncio.get_running_loop().time()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(3):
            async with asyncio.TaskGroup() as task_group:
                task_group.create_task(say("first hello", 2, started))
                task_group.create_task(say("second hello", 1, started))
                task_group.create_task(say("third hello", 4, started))
    print("time is up")


asyncio.run(main())
