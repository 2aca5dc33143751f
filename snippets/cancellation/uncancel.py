import asyncio


async def fetch_with_retry(loop, forget_uncancel):
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(5):
            try:
                await asyncio.sleep(2)  # the first attempt is cancelled at 1 s
            except asyncio.CancelledError:
                print(f"{loop.time():.1f} s: cancelling() = {task.cancelling()}")
                if not forget_uncancel:
                    task.uncancel()  # (1)!
            await asyncio.sleep(10)  # the second attempt is too slow
    except TimeoutError:
        print(f"{loop.time():.1f} s: TimeoutError, as planned")


async def main():
    loop = asyncio.get_running_loop()
    for forget_uncancel in (False, True):
        print("without uncancel():" if forget_uncancel else "with uncancel():")
        task = asyncio.create_task(fetch_with_retry(loop, forget_uncancel))
        await asyncio.sleep(1)
        task.cancel()  # (2)!
        try:
            await task
        except asyncio.CancelledError:
            print(f"{loop.time():.1f} s: the timeout came out as CancelledError")


asyncio.run(main())
