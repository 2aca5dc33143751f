import asyncio
import time


def slow_job():
    time.sleep(0.6)  # (1)!
    print("the thread's job is done, 0.5 s after the timeout")


async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.to_thread(slow_job)
    except TimeoutError:
        print("timed out after 0.1 s")
    print("main() returns")


asyncio.run(main())  # (2)!
print("asyncio.run() returned")
