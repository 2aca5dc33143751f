import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def download(name):
    time.sleep(0.2)  # a blocking call, standing in for a real download
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with ThreadPoolExecutor(max_workers=2) as pool:  # (1)!
        jobs = [loop.run_in_executor(pool, download, n) for n in "abcd"]  # (2)!
        names = await asyncio.gather(*jobs)
    print(f"downloaded {names} on 2 threads in {loop.time() - start:.1f} s")


asyncio.run(main())
