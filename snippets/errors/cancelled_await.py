import asyncio


async def download():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(1)
    task.cancel()
    await task


asyncio.run(main())
