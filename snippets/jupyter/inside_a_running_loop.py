import asyncio


async def greet():
    return "hello"


async def notebook_cell():  # (1)!
    try:
        asyncio.run(greet())
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
    print(await greet())  # (2)!


asyncio.run(notebook_cell())
