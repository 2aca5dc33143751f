import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")


async def log_in(name):
    await asyncio.sleep(0.1)
    user.set(name)


async def main():
    await asyncio.wait_for(log_in("alice"), timeout=1)  # (1)!
    print("after wait_for():", user.get())


asyncio.run(main())
