import asyncio
import urllib.request

from heartbeat import while_beating
from slow_server import slow_site


def fetch(url):  # (1)!
    with urllib.request.urlopen(url) as response:
        return response.read().decode().strip()


async def download(url):
    print("download started")
    body = await asyncio.to_thread(fetch, url)  # (2)!
    print(f"download finished: {body}")


with slow_site() as url:
    asyncio.run(while_beating(download(url)))
