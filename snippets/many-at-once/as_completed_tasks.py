import asyncio


async def factorial(number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(1)
        f *= i
    return f


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {tg.create_task(factorial(n)): n for n in (4, 3, 5, 2)}
        async for task in asyncio.as_completed(tasks):  # (1)!
            print(f"Factorial({tasks[task]}) = {task.result()}")


asyncio.run(main())
