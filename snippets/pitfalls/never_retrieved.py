import asyncio


async def send_email():
    raise ConnectionError("mail server down")


async def main():
    asyncio.create_task(send_email())  # (1)!
    await asyncio.sleep(1)
    print("main thinks all went well")


asyncio.run(main())
