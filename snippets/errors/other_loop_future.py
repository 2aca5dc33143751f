import asyncio


async def make_reply():
    return asyncio.get_running_loop().create_future()


async def wait_for_reply(reply):
    return await reply


reply = asyncio.run(make_reply())  # (1)!
asyncio.run(wait_for_reply(reply))  # (2)!
