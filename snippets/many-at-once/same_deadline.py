import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    fired = []
    for number in range(10):
        loop.call_at(deadline, fired.append, number)  # (1)!
    await asyncio.sleep(0.2)
    print("set in the order:", list(range(10)))
    print("fired in the order:", fired)


asyncio.run(main())
