import asyncio

import aiohttp
from slow_site import async_site, tenths


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
        print(f"one after another: {tenths(loop.time() - start)}")

        start = loop.time()
        async with asyncio.TaskGroup() as tg:  # (2)!
            tasks = [tg.create_task(fetch(session, url)) for url in urls]
        print(*(task.result() for task in tasks), sep="\n")
        print(f"concurrently: {tenths(loop.time() - start)}")


asyncio.run(main())
