import asyncio
import sys


async def run_python(code):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE
    )
    output, _ = await process.communicate()
    return output.decode().strip()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    codes = [f"import time; time.sleep(0.5); print('child {n}')" for n in range(3)]
    outputs = await asyncio.gather(*(run_python(code) for code in codes))
    print(outputs)
    print(f"faster than one after the other: {loop.time() - start < 3 * 0.5}")


asyncio.run(main())
