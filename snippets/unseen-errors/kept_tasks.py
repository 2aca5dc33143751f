import asyncio

from error_recorder import ErrorRecorder


async def send_receipt(order):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"mail server down (order {order})")


async def main():
    recorder = ErrorRecorder()
    asyncio.get_running_loop().set_exception_handler(recorder)
    receipts = {order: asyncio.create_task(send_receipt(order)) for order in (1, 2)}
    await asyncio.sleep(1)
    recorder.report()
    print(f"{sum(task.done() for task in receipts.values())} of 2 tasks done")


asyncio.run(main())
