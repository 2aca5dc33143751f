import asyncio

from error_recorder import ErrorRecorder


def report_failure(task):
    if task.cancelled() or task.exception() is None:  # (1)!
        return
    task.get_loop().call_exception_handler(
        {
            "message": f"{task.get_name()} failed",
            "exception": task.exception(),
            "task": task,
        }
    )


async def send_receipt(order):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"mail server down (order {order})")


async def main():
    recorder = ErrorRecorder()
    asyncio.get_running_loop().set_exception_handler(recorder)
    receipts = {}
    for order in (1, 2):
        task = asyncio.create_task(send_receipt(order), name=f"receipt {order}")
        task.add_done_callback(report_failure)
        receipts[order] = task
    await asyncio.sleep(1)
    recorder.report()
    print(f"{sum(task.done() for task in receipts.values())} of 2 tasks done")


asyncio.run(main())
