import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def resize(picture):
    """Blocking work, run in a thread."""
    return f"{request_id.get()}: resized {picture}"


async def main():
    request_id.set("req-7")
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(resize, "a.png"))  # (1)!
    print(await loop.run_in_executor(None, resize, "b.png"))  # (2)!
    context = contextvars.copy_context()
    print(await loop.run_in_executor(None, context.run, resize, "c.png"))  # (3)!


asyncio.run(main())
