import asyncio


async def parse(text):
    print("  parse starts")
    return int(text)  # (1)!


async def parse_in_group(label):
    print(label)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(parse("forty-two"))
            print("  main: the block goes on")
            await asyncio.sleep(1)  # (2)!
            print("  main: never printed")
    except* ValueError as group:
        print(f"  main: caught {group.exceptions[0]!r}")


async def main():
    await parse_in_group("default task factory")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await parse_in_group("eager task factory")


asyncio.run(main())
