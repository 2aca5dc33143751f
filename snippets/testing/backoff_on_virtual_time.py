import asyncio
import time

from backoff import wait_until_up
from tiny_virtual_clock import VirtualClockLoop


async def test_gives_up_after_seven_attempts():
    loop = asyncio.get_running_loop()
    calls = []

    async def never_up():
        calls.append(loop.time())
        return False

    assert not await wait_until_up(never_up)
    print(f"checked at {calls}")
    print(f"gave up after {loop.time():.0f} s on the loop's clock")


started = time.perf_counter()
with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:  # (1)!
    runner.run(test_gives_up_after_seven_attempts())
print(f"real time: under a second? {time.perf_counter() - started < 1}")
