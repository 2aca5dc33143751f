import asyncio

USERS = {"alice": {"name": "Alice", "avatar": "cat.png"}}


def log_in(user, callback):
    """The callback API from callback_hell.py: calls back with (error, token)."""
    loop = asyncio.get_running_loop()
    if user in USERS:
        loop.call_later(0.5, callback, None, f"token-of-{user}")
    else:
        loop.call_later(0.5, callback, LookupError(f"no such user: {user}"), None)


async def log_in_async(user):
    future = asyncio.get_running_loop().create_future()

    def on_done(error, token):
        if future.done():  # (1)!
            return
        if error:
            future.set_exception(error)
        else:
            future.set_result(token)

    log_in(user, on_done)
    return await future


async def main():
    print(await log_in_async("alice"))
    try:
        await log_in_async("mallory")
    except LookupError as error:
        print(f"error: {error}")
    try:
        async with asyncio.timeout(0.2):
            await log_in_async("alice")
    except TimeoutError:
        print("no token after 0.2 s")
    await asyncio.sleep(0.5)  # (2)!


asyncio.run(main())
