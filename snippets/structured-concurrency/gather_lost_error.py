import asyncio


async def fail(seconds, error):
    await asyncio.sleep(seconds)
    raise error


async def main():
    try:
        await asyncio.gather(
            fail(1, ConnectionError("the orders service is down")),
            fail(1, ValueError("bad basket id")),
        )
    except Exception as error:
        print(f"gather raised {error!r}")
    await asyncio.sleep(1)  # the second task has failed too, by now
    print("and that is all we hear")


asyncio.run(main())
