import asyncio

import aiohttp
from slow_site import async_site


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    async with async_site(delay=0.3) as site, aiohttp.ClientSession() as session:
        urls = [f"{site}/{name}" for name in ["a", "b", "c"]]

        start = loop.time()
        for url in urls:
            print(await fetch(session, url))
        print(f"one after another: {loop.time() - start:.1f} s")

        start = loop.time()
        async with asyncio.TaskGroup() as tg:  # (2)!
            tasks = [tg.create_task(fetch(session, url)) for url in urls]
        print(*(task.result() for task in tasks), sep="\n")
        print(f"concurrently: {loop.time() - start:.1f} s")


asyncio.run(main())
