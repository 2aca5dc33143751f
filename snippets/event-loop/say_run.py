import asyncio


async def say(what, when):
    await asyncio.sleep(when)
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - START:.0f} s: {what}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(3):  # (1)!
            async with asyncio.TaskGroup() as tg:
                tg.create_task(say("first hello", 2))
                tg.create_task(say("second hello", 1))
                tg.create_task(say("third hello", 4))
    except TimeoutError:
        print("3 s: time is up, third hello was cancelled")


asyncio.run(main())
