import asyncio


async def foo():
    print("Running in foo")
    await asyncio.sleep(0)  # a switch to another task is possible here
    print("Explicit context switch to foo again")


async def bar():
    print("Explicit context to bar")
    await asyncio.sleep(0)  # here too a switch to another task is possible
    print("Implicit context switch back to bar")


async def main():
    await asyncio.gather(foo(), bar())


asyncio.run(main())
