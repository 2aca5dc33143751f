import asyncio
import threading
import time

lock = threading.Lock()


def hold_the_lock(loop, taken):
    """Another thread's work: it keeps the lock for a second."""
    with lock:
        loop.call_soon_threadsafe(taken.set)
        time.sleep(1)


def update_shared_state():
    with lock:
        pass  # the update itself is quick


async def in_the_coroutine():
    update_shared_state()  # (1)!


async def in_a_thread():
    await asyncio.to_thread(update_shared_state)  # (2)!


async def heartbeat(pauses):
    """Beat every 0.05 s; record how long each beat really took."""
    while True:
        before = time.perf_counter()
        await asyncio.sleep(0.05)
        pauses.append(time.perf_counter() - before)


async def loop_froze(update):
    """Run update() while a thread holds the lock: did the loop stand still?"""
    loop = asyncio.get_running_loop()
    taken, pauses = asyncio.Event(), []
    holder = asyncio.create_task(asyncio.to_thread(hold_the_lock, loop, taken))
    beats = asyncio.create_task(heartbeat(pauses))
    await taken.wait()
    await update()
    await asyncio.sleep(0.1)  # one more beat, to measure the last pause
    beats.cancel()
    await asyncio.gather(holder, beats, return_exceptions=True)
    return max(pauses) > 0.5


async def main():
    for update in (in_the_coroutine, in_a_thread):
        froze = await loop_froze(update)
        print(f"{update.__name__}: the loop froze for over 0.5 s? {froze}")


asyncio.run(main(), debug=False)  # (3)!
