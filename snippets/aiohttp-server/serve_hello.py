import asyncio

import aiohttp
from hello_server import make_app
from local_server import serving


async def main():
    async with serving(make_app()) as base_url:
        print(f"serving on {base_url}")
        async with aiohttp.ClientSession(base_url) as session:  # (1)!
            for path in "/", "/Alice":
                async with session.get(path) as response:
                    print(f"GET {path} -> {response.status} {await response.text()}")


asyncio.run(main())
