"""Rounds of work that SIGINT or SIGTERM stops after the current round.

Its handlers are set with the signal module, which Windows has too.
"""

import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def handler(signum, frame):  # (1)!
        loop.call_soon_threadsafe(stop.set)  # (2)!

    stop_signals = [signal.SIGINT, signal.SIGTERM]
    previous = {signum: signal.signal(signum, handler) for signum in stop_signals}
    try:
        for number in range(1, 4):
            print(f"round {number}")
            await asyncio.sleep(0.3)
            if stop.is_set():
                print("stopped after this round")
                return
        print("all rounds done")
    finally:
        for signum, old_handler in previous.items():
            signal.signal(signum, old_handler)  # (3)!


asyncio.run(main())
