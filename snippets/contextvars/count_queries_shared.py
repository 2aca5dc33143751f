import asyncio
import contextvars
from dataclasses import dataclass


@dataclass
class RequestStats:
    queries: int = 0


stats = contextvars.ContextVar("stats")


async def query(table):
    stats.get().queries += 1  # (1)!
    await asyncio.sleep(0.1)


async def handle(user):
    stats.set(RequestStats())  # (2)!
    await query("users")
    await asyncio.gather(query("orders"), query("basket"))
    print(f"{user}: {stats.get().queries} queries counted")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("ann"))
        tg.create_task(handle("bob"))


asyncio.run(main())
