import asyncio
import contextlib


async def say(what, when):
    await asyncio.sleep(when)
    print(f"{asyncio.get_running_loop().time():.0f} s: {what}")


async def main():
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(3):
            async with asyncio.TaskGroup() as task_group:
                task_group.create_task(say("first hello", 2))
                task_group.create_task(say("second hello", 1))
                task_group.create_task(say("third hello", 4))
    print("time is up")


asyncio.run(main())
