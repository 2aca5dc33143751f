import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(1)
        print("still alive")


beat = asyncio.create_task(heartbeat())  # (1)!


async def main():
    await asyncio.sleep(2.5)
    beat.cancel()


asyncio.run(main())
