import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def job():
    print(f"job: sees {request_id.get()}")
    request_id.set("set by the job")
    print(f"job: now {request_id.get()}")


async def main():
    request_id.set("req-1")
    task = asyncio.create_task(job())  # (1)!
    request_id.set("req-2")  # (2)!
    await task
    print(f"main: still {request_id.get()}")  # (3)!


asyncio.run(main())
