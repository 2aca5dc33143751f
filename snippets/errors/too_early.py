import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    loop.call_later(1, reply.set_result, "pong")
    print(reply.result())  # (1)!


asyncio.run(main())
