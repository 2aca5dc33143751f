import asyncio

from demo import demo
from ip_race import cancel_all
from ip_services import fetch_ip


async def first_completed(session, services):
    """Ask every service at once, and take whichever finishes first."""
    tasks = {asyncio.create_task(fetch_ip(session, s)): s for s in services}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    await cancel_all(pending)
    first = done.pop()  # (1)!
    return tasks[first], first.result()  # (2)!


if __name__ == "__main__":
    asyncio.run(demo("first completed", first_completed))
