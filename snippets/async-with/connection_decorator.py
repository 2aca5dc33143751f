import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(host):
    await asyncio.sleep(0.5)  # (1)!
    print(f"connected to {host}")
    try:
        yield host  # (2)!
    finally:
        await asyncio.sleep(0.1)  # (3)!
        print(f"closed {host}")


async def main():
    async with connection("db.example") as host:
        print(f"using {host}")

    try:
        async with connection("cache.example"):
            raise ValueError("something broke")
    except ValueError as error:
        print(f"main caught {error!r}")


asyncio.run(main())
