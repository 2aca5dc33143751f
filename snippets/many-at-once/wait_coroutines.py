import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    coroutines = [job(1), job(2)]
    try:
        await asyncio.wait(coroutines)  # (1)!
    except TypeError as error:
        print(f"TypeError: {error}")
        for coroutine in coroutines:
            coroutine.close()  # (2)!

    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2))]  # (3)!
    done, pending = await asyncio.wait(tasks)
    print(f"with tasks: {len(done)} done, {len(pending)} pending")


asyncio.run(main())
