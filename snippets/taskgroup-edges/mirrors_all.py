import asyncio

DELAYS = {"mirror-a": 3, "mirror-b": 1, "mirror-c": 2}


async def download(mirror):
    await asyncio.sleep(DELAYS[mirror])
    return f"file from {mirror}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(download(mirror)) for mirror in DELAYS]
    print(tasks[0].result())
    print(f"took {loop.time() - start:.1f} s")


asyncio.run(main())
