import asyncio
import contextlib


async def slow_answer():
    await asyncio.sleep(5)  # longer than the time limit


async def socket_timeout():
    await asyncio.sleep(0.5)
    raise TimeoutError("the socket timed out")  # (1)!


async def with_suppress(body):
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2):
            await body()


async def with_expired(body):
    try:
        async with asyncio.timeout(2) as time_limit:
            await body()
    except TimeoutError:
        if not time_limit.expired():  # (2)!
            raise


async def main():
    for move_on in (with_suppress, with_expired):
        for body in (slow_answer, socket_timeout):
            try:
                await move_on(body)
                outcome = "went on after the block"
            except TimeoutError as error:
                outcome = f"raised {error!r}"
            print(f"{move_on.__name__}({body.__name__}): {outcome}")


asyncio.run(main())
