import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def fail(seconds):
    await asyncio.sleep(seconds)
    raise ConnectionError("the orders service is down")


async def main():
    results = await asyncio.gather(
        fetch("profile", 1),
        fail(2),
        fetch("basket", 3),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print("failed:", repr(result))
        else:
            print("got:", result)


asyncio.run(main())
