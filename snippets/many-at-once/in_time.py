import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def fetch_in_time(sources, timeout):
    tasks = [asyncio.create_task(fetch(name, seconds)) for name, seconds in sources]
    done, pending = await asyncio.wait(tasks, timeout=timeout)  # (1)!
    for task in pending:
        task.cancel()
    await asyncio.wait(tasks)  # (2)!
    return [task.result() for task in tasks if task in done]  # (3)!


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sources = [("weather", 3), ("news", 1), ("rates", 2)]
    results = await fetch_in_time(sources, timeout=2.5)
    print(f"{results} after {loop.time() - start:.1f} s")


asyncio.run(main())
