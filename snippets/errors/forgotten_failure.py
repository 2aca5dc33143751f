import asyncio

background = set()


async def notify(user):
    await asyncio.sleep(0.1)
    raise ConnectionError(f"cannot reach {user}")


async def main():
    task = asyncio.create_task(notify("ann"))
    background.add(task)  # (1)!
    task.add_done_callback(background.discard)
    await asyncio.sleep(1)
    print("main is done")


asyncio.run(main())
