import asyncio

from backoff import wait_until_up
from tiny_virtual_clock import VirtualClockLoop


async def test_returns_as_soon_as_the_service_is_up():
    loop = asyncio.get_running_loop()
    answers = iter([False, False, False, True])

    async def up_on_the_fourth_check():
        return next(answers)

    assert await wait_until_up(up_on_the_fourth_check)
    assert loop.time() == 7.0, loop.time()  # (1)!
    print(f"up after {loop.time():.0f} s, checked 4 times")


with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
    runner.run(test_returns_as_soon_as_the_service_is_up())
