"""A heartbeat: it ticks every 0.2 s, as long as the event loop is free."""

import asyncio


async def heartbeat():
    while True:
        print("tick")
        await asyncio.sleep(0.2)


async def while_beating(work):
    """Await ``work`` with the heartbeat running beside it."""
    async with asyncio.TaskGroup() as tg:
        beat = tg.create_task(heartbeat())
        await tg.create_task(work)
        beat.cancel()
