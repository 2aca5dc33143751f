import asyncio

import aiohttp
from stand_in import serving


async def fetch_status(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return response.status


async def main():
    async with serving() as base_url:
        paths = ["/delay/1", "/status/404", "/json", "/delay/2"]
        urls = [base_url + path for path in paths]
        async with aiohttp.ClientSession() as session:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(fetch_status(session, url)) for url in urls]
        for path, task in zip(paths, tasks):
            print(f"{path}: {task.result()}")


asyncio.run(main())
