import asyncio
import gc


def show_context(loop, context):
    print(context["message"])
    print(f"  keys: {sorted(context)}")


def fail():
    raise ValueError("a callback failed")


async def fail_later():
    raise ValueError("a task failed")


async def wait_forever():
    await asyncio.get_running_loop().create_future()  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(show_context)
    loop.call_soon(fail)
    failing = asyncio.create_task(fail_later())
    forgotten = asyncio.create_task(wait_forever())
    await asyncio.sleep(0.1)
    del failing, forgotten  # (2)!
    gc.collect()


asyncio.run(main(), debug=True)  # (3)!
