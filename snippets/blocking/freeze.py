import asyncio
import time

from heartbeat import while_beating


async def download():
    print("download started")
    loop = asyncio.get_running_loop()
    start = loop.time()
    time.sleep(0.5)  # (1)!
    print(f"download finished after {loop.time() - start:.1f} s")


asyncio.run(while_beating(download()), debug=False)  # (2)!
