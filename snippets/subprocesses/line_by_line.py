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
    previous = None
    async for line in process.stdout:  # (2)!
        now = loop.time()
        if previous is None:
            when = ""
        elif now - previous < 0.1:
            when = "  (arrived with the line before)"
        else:
            when = "  (arrived later, on its own)"
        print(f"  {line.decode().strip()}{when}")
        previous = now
    await process.wait()


async def main():
    print("python -c CHILD")
    await watch()
    print("python -u -c CHILD")
    await watch("-u")  # (3)!


asyncio.run(main())
