import asyncio

sessions = {}


async def serve(user):
    session = sessions[user]
    await asyncio.sleep(0.1)
    print(f"  {user} served with {session}")


async def log_in(user):
    sessions[user] = f"session of {user}"  # (1)!
    task = asyncio.create_task(serve(user))
    await task


async def main():
    print("default task factory")
    await log_in("ann")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("eager task factory")
    await log_in("bob")


asyncio.run(main())
