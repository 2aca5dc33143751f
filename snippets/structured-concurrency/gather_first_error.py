import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} s: {name} done")


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [  # (1)!
        asyncio.create_task(fetch("profile", 1)),
        asyncio.create_task(fail(2)),
        asyncio.create_task(fetch("basket", 3)),
    ]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as error:
        print(f"{loop.time():.1f} s: gather raised {error!r}")
    still_running = [task for task in tasks if not task.done()]
    print(f"{loop.time():.1f} s: {len(still_running)} task still running")
    await asyncio.wait(tasks)  # (2)!


asyncio.run(main())
