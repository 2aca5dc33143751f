import asyncio


async def fetch(name, seconds):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} s: {name} cancelled")
        raise  # (1)!
    print(f"{loop.time():.1f} s: {name} done")


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("profile", 1))
            tg.create_task(fail(2))
            tg.create_task(fetch("basket", 3))
    except* ConnectionError as group:  # (2)!
        print(f"{loop.time():.1f} s: {type(group).__name__}: {group.message}")
        for error in group.exceptions:
            print(f"    {error!r}")


asyncio.run(main())
