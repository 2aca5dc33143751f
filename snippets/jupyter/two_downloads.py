import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def notebook_cell():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(download("a.txt", 2), download("b.txt", 3))
    print(results, f"after {loop.time() - start:.1f} s")


asyncio.run(notebook_cell())
