import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    log(f"{name} done")


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    tasks = [  # (1)!
        asyncio.create_task(fetch("profile", 1)),
        asyncio.create_task(fail(2)),
        asyncio.create_task(fetch("basket", 3)),
    ]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as error:
        log(f"gather raised {error!r}")
    still_running = [task for task in tasks if not task.done()]
    log(f"{len(still_running)} task still running")
    await asyncio.wait(tasks)  # (2)!


asyncio.run(main())
