import asyncio


async def main():
    print("main is running")


async def notebook_cell():
    main()  # (1)!


asyncio.run(notebook_cell())
