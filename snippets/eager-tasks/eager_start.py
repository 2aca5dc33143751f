import asyncio


async def job(name):
    print(f"  {name} runs")


async def main():
    print("default task factory")
    eager = asyncio.create_task(job("eager"), eager_start=True)  # (1)!
    lazy = asyncio.create_task(job("lazy"))
    print("main: created both")
    await asyncio.gather(eager, lazy)

    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("eager task factory")
    lazy = asyncio.create_task(job("lazy"), eager_start=False)  # (2)!
    eager = asyncio.create_task(job("eager"))
    print("main: created both")
    await asyncio.gather(eager, lazy)


asyncio.run(main())
