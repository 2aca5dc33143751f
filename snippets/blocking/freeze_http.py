import asyncio
import urllib.request

from heartbeat import while_beating
from slow_server import slow_site


async def download(url):
    print("download started")
    with urllib.request.urlopen(url) as response:  # (1)!
        body = response.read().decode().strip()
    print(f"download finished: {body}")


with slow_site() as url:
    asyncio.run(while_beating(download(url)), debug=False)
