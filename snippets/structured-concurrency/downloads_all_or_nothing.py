import asyncio


async def download(name, seconds, broken=False):
    await asyncio.sleep(seconds)
    if broken:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name}: {seconds * 100} kB"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [
                tg.create_task(download("a.jpg", 1)),
                tg.create_task(download("b.jpg", 2, broken=True)),
                tg.create_task(download("c.jpg", 3)),
            ]
        for task in tasks:
            print(task.result())
    except* ConnectionError as group:
        print(f"lost everything: {len(group.exceptions)} error")


asyncio.run(main())
