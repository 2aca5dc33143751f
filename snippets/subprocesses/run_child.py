import asyncio
import sys

CHILD = "import sys; print(f'hello from Python {sys.version_info.major}')"


async def main():
    process = await asyncio.create_subprocess_exec(  # (1)!
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE
    )
    output, _ = await process.communicate()  # (2)!
    print(f"the child said {output.decode().strip()!r}")
    print(f"and exited with code {process.returncode}")


asyncio.run(main())
