import asyncio
import os
import sys

CHILD = """
import time
for step in range(3):
    print(f"step {step}")
    time.sleep(0.2)
"""


async def watch(*options):
    loop = asyncio.get_running_loop()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *options,
        "-c",
        CHILD,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": ""},  # (1)!
    )
    first = None
    async for line in process.stdout:  # (2)!
        first = first or loop.time()
        print(f"  +{loop.time() - first:.1f} s: {line.decode().strip()}")
    await process.wait()


async def main():
    print("python -c CHILD")
    await watch()
    print("python -u -c CHILD")
    await watch("-u")  # (3)!


asyncio.run(main())
