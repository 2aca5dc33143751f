import asyncio


async def lookup(key):
    return key.upper()  # returns at once: nothing to wait for


async def job():
    print("job: step 1 starts")
    value = await lookup("a")  # (1)!
    ready = asyncio.get_running_loop().create_future()
    ready.set_result(value)
    await ready  # (2)!
    print("job: still step 1")
    await asyncio.sleep(0)  # (3)!
    print("job: step 2")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(job())
    print("main: create_task() returned")
    await task


asyncio.run(main())
