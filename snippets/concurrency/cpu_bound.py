import asyncio


async def crunch(name):
    print(f"{name} starts")
    total = sum(number * number for number in range(100_000))  # (1)!
    print(f"{name} done")
    return total


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crunch("A"))
        tg.create_task(crunch("B"))


asyncio.run(main())
