import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(lambda done: print("done callback:", done.result()))
    loop.call_later(0.1, print, "call_later")
    loop.call_soon(print, "call_soon")
    loop.call_soon(future.set_result, 42)
    print("main goes on")
    await asyncio.sleep(0.2)


asyncio.run(main())
