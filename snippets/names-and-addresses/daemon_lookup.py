import asyncio
import concurrent.futures
import socket
import threading
import time

from stand_ins import resolver


def stuck(getaddrinfo, *args):
    time.sleep(2)
    return getaddrinfo(*args)


def getaddrinfo_in_daemon_thread(*args):
    """An asyncio future of ``socket.getaddrinfo(*args)``, run in a daemon thread."""
    outcome = concurrent.futures.Future()

    def look_up():
        if not outcome.set_running_or_notify_cancel():  # (1)!
            return  # cancelled before the thread started
        try:
            outcome.set_result(socket.getaddrinfo(*args))
        except Exception as error:
            outcome.set_exception(error)

    threading.Thread(target=look_up, daemon=True).start()  # (2)!
    return asyncio.wrap_future(outcome)  # (3)!


async def main():
    try:
        async with asyncio.timeout(1):
            await getaddrinfo_in_daemon_thread("localhost", 80)
    except TimeoutError:
        print("gave up on the lookup")


started = time.monotonic()
with resolver(stuck):
    asyncio.run(main())
print(f"asyncio.run() returned after {time.monotonic() - started:.1f} s")
