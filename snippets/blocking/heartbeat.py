"""A heartbeat that beats every 0.2 s, as long as the event loop is free."""

import asyncio


async def while_beating(work):
    """Await ``work`` with a heartbeat beside it; say if it kept beating."""
    beats = 0

    async def heartbeat():
        nonlocal beats
        while True:
            await asyncio.sleep(0.2)
            beats += 1

    async with asyncio.TaskGroup() as tg:
        beat = tg.create_task(heartbeat())
        await tg.create_task(work)
        beat.cancel()
    if beats:
        print("the heartbeat kept beating meanwhile")
    else:
        print("the heartbeat missed every beat meanwhile")
