import asyncio


async def fail():
    raise ConnectionError("the orders service is down")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except ConnectionError:
        print("caught by except ConnectionError")
    except ExceptionGroup as group:
        print(f"missed by except ConnectionError, caught as {type(group).__name__}")


asyncio.run(main())
