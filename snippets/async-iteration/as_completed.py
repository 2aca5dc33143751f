import asyncio


async def factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(1)
        result *= i
    return number, result


async def main():
    jobs = [factorial(4), factorial(3), factorial(5), factorial(2)]
    async for task in asyncio.as_completed(jobs):  # (1)!
        number, result = await task
        print(f"factorial({number}) = {result}")


asyncio.run(main())
