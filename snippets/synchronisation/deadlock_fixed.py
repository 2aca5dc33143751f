import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def transfer(source, target, accounts):
    first, second = sorted([source, target])
    async with accounts[first]:
        await asyncio.sleep(0.1)
        async with accounts[second]:
            print(f"{source} -> {target}: done")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    accounts = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    try:
        async with asyncio.timeout(10):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(transfer("alice", "bob", accounts))
                tg.create_task(transfer("bob", "alice", accounts))
    except TimeoutError:
        log("timed out, neither transfer finished")
    else:
        log("both transfers done")


asyncio.run(main())
