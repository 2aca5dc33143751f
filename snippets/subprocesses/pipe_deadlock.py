import asyncio
import sys

CHILD = "import sys; sys.stdout.write('x' * 1_000_000)"


async def start_child():
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )


async def exits_within(seconds, process):
    try:
        async with asyncio.timeout(seconds):
            await process.wait()
        return True
    except TimeoutError:
        return False


async def main():
    process = await start_child()
    if not await exits_within(0.5, process):  # (1)!
        print("wait(): no exit after 0.5 s, the child is stuck on a full pipe")
    process.kill()
    if not await exits_within(0.5, process):  # (2)!
        print(f"kill(): exit code {process.returncode}, yet wait() still waits")
    await process.communicate()  # (3)!
    print("communicate() read the rest of the pipe, and returned")

    process = await start_child()
    output, _ = await process.communicate()  # (4)!
    code = process.returncode
    print(f"communicate(): read {len(output):,} bytes, exit code {code}")


asyncio.run(main())
