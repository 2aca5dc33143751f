import asyncio
import sys


async def run_python(code, timeout):
    """Run ``code`` in a child Python; return its output, or why there is none."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
    )
    try:
        async with asyncio.timeout(timeout):
            output, _ = await process.communicate()
    except TimeoutError:
        process.kill()
        await process.communicate()  # reap the child, close its pipe
        return f"killed after {timeout} s (exit code {process.returncode})"
    return output.decode().strip()


async def main():
    print(await run_python("print('quick')", timeout=5))
    print(await run_python("import time; time.sleep(60)", timeout=0.5))


asyncio.run(main())
