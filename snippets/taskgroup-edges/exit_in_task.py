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


async def watch_config():
    await asyncio.sleep(1)
    log("watch_config: the configuration is broken, exiting")
    sys.exit(3)


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(serve())
            group.create_task(watch_config())
    except SystemExit as stop:
        log(f"main caught {stop!r}, not an ExceptionGroup")


try:
    asyncio.run(main())
except SystemExit as stop:
    print(f"asyncio.run() raised {stop!r} all the same")
