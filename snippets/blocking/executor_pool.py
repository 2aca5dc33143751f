import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

DOWNLOAD_SECONDS = 0.2


def download(name):
    time.sleep(DOWNLOAD_SECONDS)  # a blocking download
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:  # (1)!
        jobs = [loop.run_in_executor(pool, download, n) for n in "abcd"]  # (2)!
        names = await asyncio.gather(*jobs)
    rounds = int((time.perf_counter() - start) / DOWNLOAD_SECONDS)  # whole rounds
    print(f"downloaded {names} on 2 threads in {rounds} rounds")


asyncio.run(main())
