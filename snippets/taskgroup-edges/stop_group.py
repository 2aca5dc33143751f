import asyncio


class StopGroup(Exception):
    """Raised on purpose, to end a TaskGroup early."""


async def stop_group():
    raise StopGroup


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def crawl(site, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{site} stopped")
        raise
    log(f"{site} crawled")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(crawl("a.example", 0.5))
            group.create_task(crawl("b.example", 1.5))
            await asyncio.sleep(1)  # (1)!
            group.create_task(stop_group())
    except* StopGroup:  # (2)!
        pass
    log("the group stopped early")


asyncio.run(main())
