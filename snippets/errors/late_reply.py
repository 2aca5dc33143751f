import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    loop.call_later(2, reply.set_result, "pong")  # (1)!
    try:
        async with asyncio.timeout(1):
            print(await reply)
    except TimeoutError:
        print("no reply within 1 s")
    await asyncio.sleep(2)


asyncio.run(main())
