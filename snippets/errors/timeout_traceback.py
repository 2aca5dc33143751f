import asyncio


async def download():
    await asyncio.sleep(10)


async def main():
    async with asyncio.timeout(1):
        await download()


asyncio.run(main())
