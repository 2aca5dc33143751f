import asyncio

from bank import two_customers, withdraw

lock = asyncio.Lock()


async def withdraw_alone(account, who, amount):
    await lock.acquire()  # (1)!
    try:
        await withdraw(account, who, amount)
    finally:
        lock.release()  # (2)!


asyncio.run(two_customers(withdraw_alone))
