import asyncio


async def factorial(number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(1)
        f *= i
    return number, f


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    coroutines = [factorial(4), factorial(3), factorial(5), factorial(2)]
    for next_done in asyncio.as_completed(coroutines):  # (1)!
        number, result = await next_done  # (2)!
        elapsed = loop.time() - start
        print(f"{elapsed:.0f} s: Factorial({number}) = {result}")


asyncio.run(main())
