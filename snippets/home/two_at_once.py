import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)  # waiting, as for a server's reply
    print(f"{name}: done after {seconds} s")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as group:
        group.create_task(fetch("page", 2))
        group.create_task(fetch("picture", 1))
    print(f"both in {loop.time() - start:.0f} s, not 3")


asyncio.run(main())
