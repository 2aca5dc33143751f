import asyncio


async def main():
    coroutines = [asyncio.sleep(1, result="A"), asyncio.sleep(2, result="B")]
    try:
        await asyncio.wait(coroutines)  # (1)!
    except TypeError as error:
        print(f"TypeError: {error}")

    tasks = [asyncio.create_task(coroutine) for coroutine in coroutines]  # (2)!
    done, pending = await asyncio.wait(tasks)
    print(f"done: {sorted(task.result() for task in done)}, pending: {pending}")


asyncio.run(main())
