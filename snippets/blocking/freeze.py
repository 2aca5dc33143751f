import asyncio
import time

from heartbeat import while_beating


async def download():
    print("download started")
    start = time.perf_counter()
    time.sleep(0.5)  # (1)!
    print(f"download finished after {time.perf_counter() - start:.1f} s")


asyncio.run(while_beating(download()), debug=False)  # (2)!
