import asyncio

USERS = {"alice": {"name": "Alice", "avatar": "cat.png"}}


async def log_in(user):
    await asyncio.sleep(0.5)
    if user not in USERS:
        raise LookupError(f"no such user: {user}")
    return f"token-of-{user}"


async def get_profile(token):
    await asyncio.sleep(0.5)
    return USERS[token.removeprefix("token-of-")]


async def download(file_name):
    await asyncio.sleep(0.5)
    return f"<{file_name}, 2 kB>"


async def show_avatar(user):
    token = await log_in(user)
    profile = await get_profile(token)
    image = await download(profile["avatar"])
    return f"{profile['name']}: {image}"


async def main():
    loop = asyncio.get_running_loop()
    for user in ["alice", "mallory"]:
        start = loop.time()
        try:
            print(await show_avatar(user))
        except LookupError as error:
            print(f"error: {error}")
        print(f"after {loop.time() - start:.1f} s")


asyncio.run(main())
