import asyncio

from error_recorder import ErrorRecorder

background = set()


def start_in_background(coro):
    task = asyncio.create_task(coro)
    background.add(task)  # (1)!
    task.add_done_callback(background.discard)


async def send_receipt(order):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"mail server down (order {order})")


async def main():
    recorder = ErrorRecorder()
    asyncio.get_running_loop().set_exception_handler(recorder)
    start_in_background(send_receipt(1))
    start_in_background(send_receipt(2))
    await asyncio.sleep(1)
    recorder.report()


asyncio.run(main())
