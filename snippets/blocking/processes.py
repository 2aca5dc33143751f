import asyncio
import os
from concurrent.futures import ProcessPoolExecutor


def count_down(n):
    while n:
        n -= 1
    return os.getpid()


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, count_down, 5_000_000) for _ in "ab"]
        workers = set(await asyncio.gather(*jobs))
    print(f"ran in another process: {os.getpid() not in workers}")


if __name__ == "__main__":  # (1)!
    asyncio.run(main())
