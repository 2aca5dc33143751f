import asyncio

sessions = {}


async def serve(user):
    session = sessions[user]  # (1)!
    await asyncio.sleep(0.1)
    print(f"  {user} served with {session}")


async def log_in(user):
    task = asyncio.create_task(serve(user))
    sessions[user] = f"session of {user}"  # (2)!
    await task


async def main():
    print("default task factory")
    await log_in("ann")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("eager task factory")
    try:
        await log_in("bob")
    except KeyError as error:
        print(f"  KeyError: {error}")


asyncio.run(main())
