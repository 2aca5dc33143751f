import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.25  # (1)!
    time.sleep(0.12)  # (2)!
    await asyncio.sleep(0)
    time.sleep(0.4)  # (3)!
    await asyncio.sleep(0)
    print(f"debug mode: {loop.get_debug()}")


asyncio.run(main())
