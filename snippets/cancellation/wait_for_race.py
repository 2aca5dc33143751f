import asyncio


async def main():
    answer = asyncio.get_running_loop().create_future()
    waiter = asyncio.create_task(asyncio.wait_for(answer, timeout=10))
    await asyncio.sleep(0)  # the waiter starts waiting
    answer.set_result(42)  # (1)!
    waiter.cancel()
    await asyncio.wait([waiter])
    if waiter.cancelled():
        print("the waiter was cancelled")
    else:
        print(f"the cancellation was lost: wait_for() returned {waiter.result()}")


asyncio.run(main())
