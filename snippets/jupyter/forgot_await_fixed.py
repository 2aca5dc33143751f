import asyncio


async def main():
    print("main is running")


async def notebook_cell():
    await main()


asyncio.run(notebook_cell())
