import asyncio
import sys


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def serve():
    try:
        await asyncio.sleep(10)
    finally:
        log("serve: cleaned up")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(serve())
            await asyncio.sleep(1)
            log("main: the configuration is broken, exiting")
            sys.exit(3)  # (1)!
    except SystemExit as stop:  # (2)!
        log(f"main: the group raised {stop!r}, not an ExceptionGroup")
        raise


try:
    asyncio.run(main())
except SystemExit as stop:
    print(f"asyncio.run() raised {stop!r}")  # (3)!
