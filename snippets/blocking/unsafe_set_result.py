import asyncio
import threading
import time


def answer_later(future):
    time.sleep(0.1)
    future.set_result(42)  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    future = loop.create_future()
    thread = threading.Thread(target=answer_later, args=(future,))
    thread.start()
    try:
        async with asyncio.timeout(0.5):
            answer = await future
        print(f"got {answer} after {loop.time() - start:.1f} s")
    finally:
        thread.join()


asyncio.run(main(), debug=False)  # (2)!
