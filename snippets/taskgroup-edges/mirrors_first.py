import asyncio

DELAYS = {"mirror-a": 3, "mirror-b": 1, "mirror-c": 2}


class Downloaded(Exception):
    """Carries the first file out of the group, and ends the group."""


async def download(mirror):
    await asyncio.sleep(DELAYS[mirror])
    raise Downloaded(f"file from {mirror}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as group:
            for mirror in DELAYS:
                group.create_task(download(mirror))
    except* Downloaded as found:
        print(found.exceptions[0].args[0])
    print(f"took {loop.time() - start:.1f} s")


asyncio.run(main())
