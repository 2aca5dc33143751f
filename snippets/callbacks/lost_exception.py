import asyncio


def later(callback, *args):
    asyncio.get_running_loop().call_later(0.5, callback, *args)


def get_profile(callback):
    later(callback, {"name": "Alice"})  # no "avatar" in this profile


async def main():
    finished = asyncio.get_running_loop().create_future()

    def got_profile(profile):
        avatar = profile["avatar"]  # (1)!
        finished.set_result(avatar)

    get_profile(got_profile)
    try:
        async with asyncio.timeout(10):
            print(await finished)
    except TimeoutError:
        print("no avatar after 10 s: the error went to the log, not to us")


asyncio.run(main())
