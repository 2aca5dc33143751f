import asyncio
import time


def parse(path):
    time.sleep(0.2)
    raise ValueError(f"{path}: not a CSV file")


async def main():
    loop = asyncio.get_running_loop()
    job = loop.run_in_executor(None, parse, "data.txt")  # (1)!
    _, pending = await asyncio.wait({job}, timeout=0.1)
    print(f"gave up after 0.1 s: {len(pending)} job still running")


asyncio.run(main())
