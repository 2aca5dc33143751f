import asyncio

balance = 0


async def deposit(amount):
    global balance
    current = balance  # read
    await asyncio.sleep(0.1)  # (1)!
    balance = current + amount  # write


async def main():
    async with asyncio.TaskGroup() as tg:
        for _ in range(100):
            tg.create_task(deposit(1))
    print(f"balance: {balance}, expected 100")


asyncio.run(main())
