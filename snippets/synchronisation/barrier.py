import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def player(name, seconds_to_load, ready):
    await asyncio.sleep(seconds_to_load)
    log(f"{name} loaded, waiting")
    await ready.wait()  # (1)!
    log(f"{name} starts")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    ready = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(player("Ann", 2, ready))
        tg.create_task(player("Ben", 1, ready))
        tg.create_task(player("Cat", 3, ready))


asyncio.run(main())
