import asyncio

attempts = 0


async def flaky_request():
    global attempts
    attempts += 1
    await asyncio.sleep(0.1)
    if attempts == 1:
        raise ConnectionError("connection reset")
    return "page"


async def with_retry(request, tries=3):  # (1)!
    for attempt in range(1, tries + 1):
        try:
            return await request
        except ConnectionError as error:
            print(f"attempt {attempt}: {error}")


async def main():
    print(await with_retry(flaky_request()))


asyncio.run(main())
