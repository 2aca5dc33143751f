import asyncio

import fetch_many
from stand_in import serving


async def main():
    async with serving() as base_url:
        await fetch_many.main([f"{base_url}/delay/{seconds}" for seconds in (3, 1, 2)])


asyncio.run(main())
