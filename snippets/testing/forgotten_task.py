import asyncio


async def main():
    reminder = asyncio.create_task(asyncio.sleep(60), name="reminder")
    await asyncio.sleep(1)
    print(f"main returns; {reminder.get_name()} is still waiting")


asyncio.run(main())
