import asyncio

import aiohttp
from stand_in import serving


async def main():
    async with serving() as base_url:
        timeout = aiohttp.ClientTimeout(total=1)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(f"{base_url}/delay/2") as response:
                print(await response.text())


asyncio.run(main())
