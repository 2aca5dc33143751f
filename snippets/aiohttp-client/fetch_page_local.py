import asyncio

from fetch_page import main
from stand_in import serving


async def run_against_stand_in():
    async with serving() as base_url:
        await main(f"{base_url}/html")


asyncio.run(run_against_stand_in())
