import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def log_in(name):
    await asyncio.sleep(0.1)
    user.set(name)


async def plain_await():
    await log_in("ann")


async def in_timeout():
    async with asyncio.timeout(1):
        await log_in("ann")


async def in_gather():
    await asyncio.gather(log_in("ann"))


async def in_shield():
    await asyncio.shield(log_in("ann"))


async def in_task_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(log_in("ann"))


async def main():
    for way in (plain_await, in_timeout, in_gather, in_shield, in_task_group):
        user.set("nobody")
        await way()
        print(f"{way.__name__:13} user is {user.get()}")


asyncio.run(main())
