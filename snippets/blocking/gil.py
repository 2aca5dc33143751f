import asyncio
import time


def count_down(n):
    while n:
        n -= 1


async def main():
    wall_start, cpu_start = time.perf_counter(), time.process_time()  # (1)!
    await asyncio.gather(
        asyncio.to_thread(count_down, 5_000_000),
        asyncio.to_thread(count_down, 5_000_000),
    )
    wall = time.perf_counter() - wall_start
    cpu = time.process_time() - cpu_start
    print(f"2 busy threads kept at most one core busy: {cpu < 1.2 * wall}")


asyncio.run(main())
