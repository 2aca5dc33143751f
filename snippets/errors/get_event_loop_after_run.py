import asyncio


async def migrate():
    print("database migrated")


async def serve():
    print("serving")


asyncio.run(migrate())
loop = asyncio.get_event_loop()  # (1)!
loop.run_until_complete(serve())
