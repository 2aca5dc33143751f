import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def log_in(name):
    await asyncio.sleep(0.1)
    user.set(name)


async def main():
    await asyncio.wait_for(asyncio.create_task(log_in("bob")), timeout=1)  # (1)!
    print("after a task of its own:", user.get())

    async with asyncio.timeout(1):
        await log_in("alice")  # (2)!
    print("after timeout():", user.get())


asyncio.run(main())
