import asyncio

from fetch_many import main
from stand_in import serving


async def run_against_stand_in():
    async with serving() as base_url:
        await main([f"{base_url}/delay/{seconds}" for seconds in (3, 1, 2)])


asyncio.run(run_against_stand_in())
