import asyncio

balance = 0


async def deposit(amount):
    global balance
    await asyncio.sleep(0.1)  # the slow part, before the update
    balance += amount  # no await between read and write


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        for _ in range(100):
            tg.create_task(deposit(1))
    print(f"balance: {balance}, expected 100, after {loop.time() - start:.1f} s")


asyncio.run(main())
