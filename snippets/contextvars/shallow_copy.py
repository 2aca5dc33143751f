import asyncio
import contextvars

user = contextvars.ContextVar("user", default="nobody")
visited = contextvars.ContextVar("visited")


async def browse():
    user.set("bob")  # (1)!
    visited.get().append("/basket")  # (2)!


async def main():
    user.set("ann")
    visited.set(["/home"])
    await asyncio.create_task(browse())
    print(f"user: {user.get()}")
    print(f"visited: {visited.get()}")


asyncio.run(main())
