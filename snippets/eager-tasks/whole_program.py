import asyncio


def eager_loop():
    loop = asyncio.new_event_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    return loop


async def greet():
    print("greet runs")


async def main():
    task = asyncio.create_task(greet())
    print(f"main: greet is done already? {task.done()}")
    await task


asyncio.run(main(), loop_factory=eager_loop)  # (1)!
