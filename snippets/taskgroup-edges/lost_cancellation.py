import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def query():
    await asyncio.sleep(1)
    raise ConnectionError("the database went away")


async def report():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(1)  # (1)!
        raise


async def service():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(query())
            group.create_task(report())
    except* ConnectionError:
        cancelling = asyncio.current_task().cancelling()
        log(f"service: handled the failure; cancelling() = {cancelling}")
    await asyncio.sleep(3)  # (2)!
    log("service: still running, the cancellation was lost")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(service())
    await asyncio.sleep(1.5)
    task.cancel()  # (3)!
    try:
        await task
    except asyncio.CancelledError:
        log("main: service cancelled")


asyncio.run(main())
