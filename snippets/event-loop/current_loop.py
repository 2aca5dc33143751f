import asyncio


async def main():
    running = asyncio.get_running_loop()
    print("in a coroutine:", asyncio.get_event_loop() is running)  # (1)!


asyncio.run(main())

try:
    asyncio.get_event_loop()  # (2)!
except RuntimeError as error:
    print("after asyncio.run():", error)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)  # (3)!
print("after set_event_loop():", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
