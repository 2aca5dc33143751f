import asyncio

USERS = {"alice": {"name": "Alice", "avatar": "cat.png"}}


def later(callback, *args):
    """Call back in half a second: stands for a request to some server."""
    asyncio.get_running_loop().call_later(0.5, callback, *args)


def log_in(user, callback):
    if user in USERS:
        later(callback, None, f"token-of-{user}")
    else:
        later(callback, LookupError(f"no such user: {user}"), None)


def get_profile(token, callback):
    later(callback, None, USERS[token.removeprefix("token-of-")])


def download(file_name, callback):
    later(callback, None, f"<{file_name}, 2 kB>")


def show_avatar(user, callback):
    def logged_in(error, token):
        if error:
            return callback(error, None)

        def got_profile(error, profile):
            if error:
                return callback(error, None)

            def downloaded(error, image):
                if error:
                    return callback(error, None)
                callback(None, f"{profile['name']}: {image}")

            download(profile["avatar"], downloaded)

        get_profile(token, got_profile)

    log_in(user, logged_in)


async def main():
    loop = asyncio.get_running_loop()
    for user in ["alice", "mallory"]:
        finished = loop.create_future()

        def report(error, avatar):
            if error:
                print(f"error: {error}")
            else:
                print(avatar)
            finished.set_result(None)

        start = loop.time()
        show_avatar(user, report)
        await finished
        print(f"after {loop.time() - start:.1f} s")


asyncio.run(main())
