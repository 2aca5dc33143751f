import asyncio

from bank import two_customers, withdraw

lock = asyncio.Lock()


async def withdraw_alone(account, who, amount):
    async with lock:  # (1)!
        await withdraw(account, who, amount)


asyncio.run(two_customers(withdraw_alone))
