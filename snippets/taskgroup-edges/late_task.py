import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def job(number):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(1)  # (1)!
        raise


async def fail():
    await asyncio.sleep(1)
    raise ConnectionError("the queue server went away")


async def feed(group):
    for number in range(3):
        await asyncio.sleep(0.5 * (number + 1))  # at 0.5 s, 1.5 s and 3 s
        work = job(number)
        try:
            group.create_task(work)
        except RuntimeError as refused:
            work.close()  # (2)!
            log(f"job {number} refused: {refused}")
        else:
            log(f"job {number} added")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as group:
            feeder = asyncio.create_task(feed(group))  # (3)!
            group.create_task(fail())
    except* ConnectionError:
        log("the group is done")
    await feeder


asyncio.run(main())
