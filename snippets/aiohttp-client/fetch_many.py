import asyncio

import aiohttp

URLS = [
    "https://httpbin.org/delay/3",
    "https://httpbin.org/delay/1",
    "https://httpbin.org/delay/2",
]


async def fetch_status(session, url):
    async with session.get(url) as response:
        return response.status


async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_status(session, url)) for url in urls]
    return [task.result() for task in tasks]


async def main(urls=URLS):
    loop = asyncio.get_running_loop()
    start = loop.time()
    statuses = await fetch_all(urls)
    for url, status in zip(urls, statuses):
        print(status, url)
    print(f"{len(urls)} pages in {loop.time() - start:.0f} s")


if __name__ == "__main__":
    asyncio.run(main())
