"""Breakfast with AnyIO: the same code runs on asyncio and on Trio."""

import anyio


async def make(dish, minutes, started):
    await anyio.sleep(minutes)
    print(f"{anyio.current_time() - started:.0f} min: {dish} ready")


async def main():
    started = anyio.current_time()  # (1)!
    async with anyio.create_task_group() as task_group:  # (2)!
        task_group.start_soon(make, "tea", 3, started)
        task_group.start_soon(make, "eggs", 4, started)
        task_group.start_soon(make, "toast", 2, started)
    print("breakfast is served")
