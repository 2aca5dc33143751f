import asyncio


async def fetch(name):
    await asyncio.sleep(0.1)
    return name


async def main():
    try:
        await asyncio.wait([fetch("a"), fetch("b")])  # (1)!
    except TypeError as error:
        print(f"TypeError: {error}")
    try:
        await asyncio.wait([])  # (2)!
    except ValueError as error:
        print(f"ValueError: {error}")


asyncio.run(main())
