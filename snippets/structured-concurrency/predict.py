import asyncio


async def step(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished")
    finally:
        print(f"{name} cleans up")


async def explode(seconds):
    await asyncio.sleep(seconds)
    raise RuntimeError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("A", 1))
            tg.create_task(step("B", 3))
            tg.create_task(explode(2))
            print("body done")
    except* RuntimeError as group:
        print("caught", group.exceptions)


asyncio.run(main())
