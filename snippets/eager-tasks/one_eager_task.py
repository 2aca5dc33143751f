import asyncio


def create_eager_task(coro, *, name=None):
    """One eager task, whatever the loop's task factory (Python 3.12+)."""
    loop = asyncio.get_running_loop()
    return asyncio.Task(coro, loop=loop, name=name, eager_start=True)  # (1)!


async def job(name):
    print(f"  {name} runs")


async def main():
    eager = create_eager_task(job("eager"))
    lazy = asyncio.create_task(job("lazy"))
    print("main: created both")
    await asyncio.gather(eager, lazy)


asyncio.run(main())
