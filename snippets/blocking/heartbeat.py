"""A heartbeat that shows whether the event loop is free: it ticks every 0.2 s."""

import asyncio


async def heartbeat():
    while True:
        print("tick")
        await asyncio.sleep(0.2)


async def while_beating(work):
    """Await ``work`` while the heartbeat runs beside it; stop the heartbeat after."""
    async with asyncio.TaskGroup() as tg:
        beat = tg.create_task(heartbeat())
        await tg.create_task(work)
        beat.cancel()
