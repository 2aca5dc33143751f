import asyncio

from bank import two_customers, withdraw

asyncio.run(two_customers(withdraw))
