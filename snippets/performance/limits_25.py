import asyncio

from limits import compare_limits

asyncio.run(compare_limits(server_capacity=25))
