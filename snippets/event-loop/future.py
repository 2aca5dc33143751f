import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print("done:", future.done())

    loop.call_later(1.5, future.set_result, 42)  # (1)!
    start = loop.time()
    result = await future  # (2)!

    waited = loop.time() - start
    print(f"done: {future.done()}, result: {result}, after {waited:.1f} s")


asyncio.run(main())
