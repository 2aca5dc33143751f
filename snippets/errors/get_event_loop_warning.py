import asyncio


async def serve():
    print("serving")


loop = asyncio.get_event_loop()  # (1)!
loop.run_until_complete(serve())
loop.close()
