import asyncio

balance = 0
balance_lock = asyncio.Lock()


async def deposit(amount):
    global balance
    async with balance_lock:  # (1)!
        current = balance
        await asyncio.sleep(0.1)
        balance = current + amount


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        for _ in range(100):
            tg.create_task(deposit(1))
    print(f"balance: {balance}, expected 100, after {loop.time() - start:.0f} s")


asyncio.run(main())
