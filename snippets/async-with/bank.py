import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance


async def withdraw(account, who, amount):
    if account.balance >= amount:  # (1)!
        await asyncio.sleep(0.1)  # (2)!
        account.balance -= amount
        print(f"{who} withdrew {amount}, balance {account.balance}")
    else:
        print(f"{who} was refused, balance {account.balance}")


async def two_customers(withdraw):
    account = Account(100)
    async with asyncio.TaskGroup() as tg:  # (3)!
        tg.create_task(withdraw(account, "alice", 80))
        tg.create_task(withdraw(account, "bob", 80))
    print(f"final balance: {account.balance}")
