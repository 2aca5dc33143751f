import asyncio
import sys


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import time; time.sleep(60)"
    )
    try:
        async with asyncio.timeout(0.5):
            await process.wait()
    except TimeoutError:
        running = process.returncode is None
        print(f"timed out; the child is still running: {running}")
        process.kill()  # (1)!
        await process.wait()  # (2)!
    print(f"exit code: {process.returncode}")  # (3)!


asyncio.run(main())
