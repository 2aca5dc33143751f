import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(future.cancel())
    print(future.cancel())
    try:
        future.set_result("too late")
    except asyncio.InvalidStateError as error:
        print(f"set_result raised {error!r}")
    print(future.done(), future.cancelled())


asyncio.run(main())
