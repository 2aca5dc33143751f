import asyncio
import threading
import time

TIMEOUT = 1


def set_directly(loop, future):
    time.sleep(0.1)
    future.set_result(42)  # (1)!


def set_threadsafe(loop, future):
    time.sleep(0.1)
    loop.call_soon_threadsafe(future.set_result, 42)  # (2)!


async def wait_for_answer(answer_later):
    loop = asyncio.get_running_loop()
    start = loop.time()
    future = loop.create_future()
    thread = threading.Thread(target=answer_later, args=(loop, future))
    thread.start()
    try:
        async with asyncio.timeout(TIMEOUT):
            answer = await future
    finally:
        thread.join()
    if loop.time() - start >= TIMEOUT:
        return f"got {answer}, but only when the timeout woke the loop"
    return f"got {answer} as soon as the thread set it"


async def main():
    for answer_later in (set_directly, set_threadsafe):
        print(f"{answer_later.__name__}: {await wait_for_answer(answer_later)}")


asyncio.run(main(), debug=False)  # (3)!
