"""Breakfast with AnyIO: the same code runs on asyncio and on Trio."""

import anyio


async def make(dish, minutes):
    await anyio.sleep(minutes)
    print(f"{anyio.current_time():.0f} min: {dish} ready")


async def main():
    async with anyio.create_task_group() as task_group:  # (1)!
        task_group.start_soon(make, "tea", 3)
        task_group.start_soon(make, "eggs", 4)
        task_group.start_soon(make, "toast", 2)
    print("breakfast is served")
