import asyncio
import time


def copy_file(report):
    for percent in (25, 50, 75, 100):
        time.sleep(0.1)  # copy a quarter of the file
        report(percent)


async def main():
    loop = asyncio.get_running_loop()
    progress = asyncio.Queue()

    def report(percent):  # runs in the worker thread
        loop.call_soon_threadsafe(progress.put_nowait, percent)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(copy_file, report))
        percent = 0
        while percent < 100:
            percent = await progress.get()
            print(f"copied {percent} %")


asyncio.run(main())
