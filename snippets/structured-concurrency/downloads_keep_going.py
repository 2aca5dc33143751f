import asyncio


async def download(name, seconds, broken=False):
    await asyncio.sleep(seconds)
    if broken:
        raise ConnectionError(f"{name}: connection reset")
    return f"{name}: {seconds * 100} kB"


async def report_errors(coro):
    try:
        return await coro
    except ConnectionError as error:
        return f"failed, {error}"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(report_errors(download("a.jpg", 1))),
            tg.create_task(report_errors(download("b.jpg", 2, broken=True))),
            tg.create_task(report_errors(download("c.jpg", 3))),
        ]
    for task in tasks:
        print(task.result())


asyncio.run(main())
