import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user", default="nobody")


async def log_in(name):
    await asyncio.sleep(0.1)
    user.set(name)


async def clean_up():
    print(f"clean-up runs under request {request_id.get()}")


async def main():
    request_id.set("req-9")

    context = contextvars.copy_context()  # (1)!
    await asyncio.create_task(log_in("ann"), context=context)
    print(f"in main: {user.get()}; in the task's context: {context[user]}")

    await asyncio.create_task(clean_up(), context=contextvars.Context())  # (2)!


asyncio.run(main())
