import asyncio


async def check(name, error=None):
    await asyncio.sleep(1)
    if error:
        raise error
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("disk"))
            tg.create_task(check("network", TimeoutError("no answer from 10.0.0.7")))
            tg.create_task(check("config", ValueError("port must be a number")))
            tg.create_task(check("cache", TimeoutError("no answer from 10.0.0.9")))
    except* TimeoutError as group:  # (1)!
        for error in group.exceptions:
            print("retry later:", error)
    except* ValueError as group:
        for error in group.exceptions:
            print("fix the configuration:", error)


asyncio.run(main())
