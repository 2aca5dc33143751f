import asyncio
import time


async def heartbeat():
    for beat in range(3):
        await asyncio.sleep(0.2)
        print(f"heartbeat {beat}")


def blocking_download():
    time.sleep(0.3)  # a library call we cannot rewrite


async def download():
    print("download starts")
    await asyncio.to_thread(blocking_download)
    print("download done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(heartbeat())
        tg.create_task(download())


asyncio.run(main())
