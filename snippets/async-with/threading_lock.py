import asyncio
import threading
import time

lock = threading.Lock()  # shared with code that runs in threads


def hold_the_lock():
    with lock:
        time.sleep(0.5)  # a thread's work, half a second long


async def heartbeat():
    for beat in range(3):
        await asyncio.sleep(0.2)
        print(f"  heartbeat {beat}")


async def lock_in_coroutine():
    with lock:  # (1)!
        print("  got the lock")


def update_under_lock():
    with lock:
        print("  got the lock")


async def lock_in_worker_thread():
    await asyncio.to_thread(update_under_lock)  # (2)!


async def main():
    for take_lock in [lock_in_coroutine, lock_in_worker_thread]:
        print(take_lock.__name__)
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.to_thread(hold_the_lock))
            tg.create_task(heartbeat())
            await asyncio.sleep(0.1)  # by now, the thread holds the lock
            print("  waiting for the lock")
            await take_lock()


asyncio.run(main())
