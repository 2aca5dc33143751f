import asyncio


async def send(message):
    await asyncio.sleep(0.1)
    print("sent:", message)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(send("hello"))
    tg.create_task(send("goodbye"))  # (1)!


asyncio.run(main())
