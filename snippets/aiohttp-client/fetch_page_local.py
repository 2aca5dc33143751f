import asyncio

import fetch_page
from stand_in import serving


async def main():
    async with serving() as base_url:
        await fetch_page.main(f"{base_url}/html")


asyncio.run(main())
