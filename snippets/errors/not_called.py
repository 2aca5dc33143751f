import asyncio


async def fetch_report():
    await asyncio.sleep(0.1)
    return "report"


async def main():
    try:
        print(await asyncio.create_task(fetch_report))  # (1)!
    except TypeError as error:
        print(f"create_task: TypeError: {error}")
    try:
        await asyncio.gather(fetch_report)  # (2)!
    except TypeError as error:
        print(f"gather: TypeError: {error}")


asyncio.run(main())
