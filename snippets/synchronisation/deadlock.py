import asyncio


async def transfer(source, target, accounts):
    async with accounts[source]:
        await asyncio.sleep(0.1)  # (1)!
        print(f"{source} -> {target}: holds {source}, waits for {target}")
        async with accounts[target]:
            print(f"{source} -> {target}: done")


async def main():
    loop = asyncio.get_running_loop()
    accounts = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    try:
        async with asyncio.timeout(10):  # (2)!
            async with asyncio.TaskGroup() as tg:
                tg.create_task(transfer("alice", "bob", accounts))
                tg.create_task(transfer("bob", "alice", accounts))
    except TimeoutError:
        print(f"{loop.time():.1f} s: timed out, neither transfer finished")


asyncio.run(main())
