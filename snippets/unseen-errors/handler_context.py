import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def report(loop, context):
    print(f"{context['exception']!r} in request {request_id.get()}")  # (1)!


def write_audit_log(entry):
    raise OSError(f"audit log full, lost {entry!r}")


async def handle(new_request_id):
    request_id.set(new_request_id)
    asyncio.get_running_loop().call_soon(write_audit_log, "login")  # (2)!
    await asyncio.sleep(0.1)


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1"))
        tg.create_task(handle("req-2"))


asyncio.run(main())
