import asyncio
import time


async def heartbeat():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(3):
        await asyncio.sleep(0.1)
        print(f"heartbeat at {loop.time() - start:.1f} s")


async def slow_report():
    time.sleep(0.5)  # (1)!


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat())
        tg.create_task(slow_report())


asyncio.run(main(), debug=True)  # (2)!
