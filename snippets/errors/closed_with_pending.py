import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(1)
        print("still alive")


async def serve():
    await asyncio.sleep(2.5)
    print("served")


loop = asyncio.new_event_loop()
beat = loop.create_task(heartbeat())
loop.run_until_complete(serve())
print("heartbeat done:", beat.done())
loop.close()  # (1)!
