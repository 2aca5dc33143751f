import asyncio


def outcome(future):
    if not future.done():
        return "pending"
    if future.cancelled():  # (1)!
        return "cancelled"
    if future.exception() is not None:  # (2)!
        return f"failed with {future.exception()!r}"
    return f"result {future.result()!r}"


async def answer():
    await asyncio.sleep(0.5)
    return 42


async def fail():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


async def main():
    tasks = {
        "answer": asyncio.create_task(answer()),
        "fail": asyncio.create_task(fail()),
        "hang": asyncio.create_task(asyncio.sleep(3600)),
        "impatient": asyncio.create_task(asyncio.sleep(1)),
    }
    tasks["impatient"].cancel()
    await asyncio.wait(tasks.values(), timeout=1)

    for name, task in tasks.items():
        print(f"{name}: {outcome(task)}")

    tasks["hang"].cancel()  # (3)!
    await asyncio.wait(tasks.values())


asyncio.run(main())
