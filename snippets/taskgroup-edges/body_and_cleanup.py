import asyncio


async def upload():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        raise OSError("could not delete the partial upload")  # (1)!


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(upload())
            await asyncio.sleep(1)
            raise ValueError("the file is too large")
    except ExceptionGroup as errors:
        for error in errors.exceptions:  # (2)!
            print(repr(error))


asyncio.run(main())
