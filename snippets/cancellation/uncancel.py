import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def fetch_with_retry(forget_uncancel):
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(5):
            try:
                await asyncio.sleep(2)  # the first attempt is cancelled at 1 s
            except asyncio.CancelledError:
                log(f"cancelling() = {task.cancelling()}")
                if not forget_uncancel:
                    task.uncancel()  # (1)!
            await asyncio.sleep(10)  # the second attempt is too slow
    except TimeoutError:
        log("TimeoutError, as planned")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    for forget_uncancel in (False, True):
        print("without uncancel():" if forget_uncancel else "with uncancel():")
        task = asyncio.create_task(fetch_with_retry(forget_uncancel))
        await asyncio.sleep(1)
        task.cancel()  # (2)!
        try:
            await task
        except asyncio.CancelledError:
            log("the timeout came out as CancelledError")


asyncio.run(main())
