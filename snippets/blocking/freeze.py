import asyncio
import time

from heartbeat import stopwatch, while_beating


async def download():
    print("download started")
    elapsed = stopwatch()
    time.sleep(0.5)  # (1)!
    print(f"download finished after {elapsed():.1f} s")


asyncio.run(while_beating(download()), debug=False)  # (2)!
