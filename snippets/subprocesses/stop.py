import asyncio
import sys

POLITE = "import time; print('ready', flush=True); time.sleep(60)"
STUBBORN = """
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ignores terminate()
print("ready", flush=True)
time.sleep(60)
"""


async def stop(process, grace=1):
    """Ask the child to stop; kill it if it has not after ``grace`` seconds."""
    process.terminate()  # (1)!
    try:
        async with asyncio.timeout(grace):
            return await process.wait()
    except TimeoutError:
        process.kill()  # (2)!
        return await process.wait()


async def main():
    for name, code in [("polite", POLITE), ("stubborn", STUBBORN)]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
        )
        await process.stdout.readline()  # (3)!
        print(f"{name} child: exit code {await stop(process)}")


asyncio.run(main())
