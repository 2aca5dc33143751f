import asyncio


async def transfer(source, target, accounts):
    first, second = sorted([source, target])
    async with accounts[first]:
        await asyncio.sleep(0.1)
        async with accounts[second]:
            print(f"{source} -> {target}: done")


async def main():
    loop = asyncio.get_running_loop()
    accounts = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    try:
        async with asyncio.timeout(10):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(transfer("alice", "bob", accounts))
                tg.create_task(transfer("bob", "alice", accounts))
    except TimeoutError:
        print(f"{loop.time():.1f} s: timed out, neither transfer finished")
    else:
        print(f"{loop.time():.1f} s: both transfers done")


asyncio.run(main())
