import asyncio
import time


async def heartbeat():
    for beat in range(3):
        await asyncio.sleep(0.2)
        print(f"  heartbeat {beat}")


async def download_blocking():
    print("  download starts")
    time.sleep(0.3)  # (1)!
    print("  download done")


async def download_awaiting():
    print("  download starts")
    await asyncio.sleep(0.3)  # (2)!
    print("  download done")


async def main():
    for download in [download_blocking, download_awaiting]:
        print(download.__name__)
        async with asyncio.TaskGroup() as tg:
            tg.create_task(heartbeat())
            tg.create_task(download())


asyncio.run(main(), debug=True)  # (3)!
