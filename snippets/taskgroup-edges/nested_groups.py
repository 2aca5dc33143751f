import asyncio


async def step(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} done")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ValueError("bad row")


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(step("slow", 3))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(step("fast", 2))
                inner.create_task(fail(1))
            print("after the inner group")
    except* ValueError as errors:
        print(repr(errors))


asyncio.run(main())
