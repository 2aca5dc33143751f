import asyncio
import contextvars

queries = contextvars.ContextVar("queries", default=0)


async def query(table):
    queries.set(queries.get() + 1)
    await asyncio.sleep(0.1)


async def handle(user):
    await query("users")
    await asyncio.gather(query("orders"), query("basket"))
    print(f"{user}: {queries.get()} queries counted")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("ann"))
        tg.create_task(handle("bob"))


asyncio.run(main())
