import asyncio


async def foo():
    print("Running in foo")
    await asyncio.sleep(0)  # (1)!
    print("Explicit context switch to foo again")


async def bar():
    print("Explicit context to bar")
    await asyncio.sleep(0)  # here too a switch to another task is possible
    print("Implicit context switch back to bar")


async def main():
    async with asyncio.TaskGroup() as tg:  # (2)!
        tg.create_task(foo())
        tg.create_task(bar())


asyncio.run(main())
