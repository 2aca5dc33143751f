import asyncio


async def countdown(label, n):
    while n > 0:
        print(f"{label}: {n}")
        await asyncio.sleep(1)
        n -= 1


async def main():
    coroutines = [countdown("A", 2), countdown("B", 3)]
    try:
        await asyncio.wait(coroutines)  # (1)!
    except TypeError as error:
        print(f"TypeError: {error}")

    tasks = [asyncio.create_task(coroutine) for coroutine in coroutines]  # (2)!
    done, pending = await asyncio.wait(tasks)
    print(f"done: {len(done)} tasks, pending: {len(pending)}")


asyncio.run(main())
