"""The code under test: wait for a service, doubling the pause after each failure."""

import asyncio


async def wait_until_up(is_up, first_pause=1.0, attempts=7):
    pause = first_pause
    for _ in range(attempts):
        if await is_up():
            return True
        await asyncio.sleep(pause)
        pause *= 2
    return False
