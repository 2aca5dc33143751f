import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def show(where):
    print(f"{where}: {request_id.get()}")


async def show_later(where):
    await asyncio.sleep(0.1)
    show(where)


async def main():
    loop = asyncio.get_running_loop()
    early = asyncio.create_task(show_later("task created before set()"))
    request_id.set("req-1")
    late = asyncio.create_task(show_later("task created after set()"))
    loop.call_soon(show, "callback")
    await asyncio.sleep(0)
    await loop.run_in_executor(None, show, "run_in_executor()")
    await asyncio.to_thread(show, "to_thread()")
    await asyncio.gather(early, late)


asyncio.run(main())
