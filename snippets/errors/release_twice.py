import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("updating")
    try:
        lock.release()  # (1)!
    except RuntimeError as error:
        print(f"RuntimeError: {error}")

    slots = asyncio.BoundedSemaphore(2)
    async with slots:
        print("downloading")
    try:
        slots.release()  # (2)!
    except ValueError as error:
        print(f"ValueError: {error}")


asyncio.run(main())
