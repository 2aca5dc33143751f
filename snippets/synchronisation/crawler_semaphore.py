import asyncio

import aiohttp
from local_site import serve_site


async def fetch(session, url, limit):
    async with limit:  # (1)!
        async with session.get(url) as response:
            return await response.text()


async def crawl(urls, at_once):
    limit = asyncio.Semaphore(at_once)
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(session, url, limit)) for url in urls]
    return [task.result() for task in tasks]


async def main():
    loop = asyncio.get_running_loop()
    async with serve_site() as (base_url, visits):
        urls = [f"{base_url}/page/{number}" for number in range(1, 11)]
        start = loop.time()
        pages = await crawl(urls, at_once=3)
        print(f"{len(pages)} pages in {loop.time() - start:.0f} s")
        print(f"the server saw {visits.most_at_once} requests at once")


asyncio.run(main())
