import asyncio


async def service(answer, seconds=1):
    await asyncio.sleep(seconds)
    if isinstance(answer, Exception):
        raise answer
    return answer


def call(method):
    """What calling ``method`` returns, or which exception it raises."""
    try:
        return repr(method())
    except BaseException as error:  # CancelledError is not an Exception
        return f"raises {type(error).__name__}"


def show(state, task):
    done, cancelled = task.done(), task.cancelled()
    result, exception = call(task.result), call(task.exception)
    print(f"{state:<17}{done!s:<7}{cancelled!s:<11}{result:<26}{exception}")


async def main():
    good = asyncio.create_task(service("203.0.113.7"))
    broken = asyncio.create_task(service(ValueError("HTTP 503")))
    hanging = asyncio.create_task(service("never", seconds=3600))
    print(f"{'':<17}{'done':<7}{'cancelled':<11}{'result()':<26}exception()")
    show("pending", good)

    await asyncio.wait([good, broken])
    show("result", good)
    show("exception", broken)

    hanging.cancel()  # (1)!
    show("cancel() called", hanging)
    await asyncio.wait([hanging])  # (2)!
    show("cancelled", hanging)


asyncio.run(main())
