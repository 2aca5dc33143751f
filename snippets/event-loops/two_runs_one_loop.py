import asyncio

lock = asyncio.Lock()


async def worker(name):
    async with lock:
        await asyncio.sleep(0.1)
        print(f"{name} had the lock")


async def main():
    async with asyncio.TaskGroup() as group:
        group.create_task(worker("first"))
        group.create_task(worker("second"))


with asyncio.Runner() as runner:
    runner.run(main())
    runner.run(main())
