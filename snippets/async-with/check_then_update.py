import asyncio

from bank import two_customers


async def withdraw(account, who, amount):
    await asyncio.sleep(0.1)  # ask the bank first, then decide
    if account.balance >= amount:
        account.balance -= amount
        print(f"{who} withdrew {amount}, balance {account.balance}")
    else:
        print(f"{who} was refused, balance {account.balance}")


asyncio.run(two_customers(withdraw))
