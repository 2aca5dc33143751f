import asyncio


def log_in(user, callback):
    """Calls back with (error, token) in half a second, like log_in() above."""
    asyncio.get_running_loop().call_later(0.5, callback, None, f"token-of-{user}")


async def log_in_async(user):
    future = asyncio.get_running_loop().create_future()

    def on_done(error, token):
        if error:
            future.set_exception(error)
        else:
            future.set_result(token)  # (1)!

    log_in(user, on_done)
    return await future


async def main():
    try:
        async with asyncio.timeout(0.2):
            print(await log_in_async("alice"))
    except TimeoutError:
        print("no token after 0.2 s: main gives up, and goes on")
    await asyncio.sleep(0.5)  # (2)!
    print("main is done")


asyncio.run(main())
