import asyncio


def describe(state, future):
    print(f"{state}: done()={future.done()}, cancelled()={future.cancelled()}")
    for method in (future.result, future.exception):
        try:
            print(f"  {method.__name__}() returns {method()!r}")
        except (asyncio.InvalidStateError, asyncio.CancelledError, ValueError) as error:
            print(f"  {method.__name__}() raises {error!r}")  # (1)!


async def main():
    loop = asyncio.get_running_loop()

    pending = loop.create_future()
    describe("pending", pending)

    with_result = loop.create_future()
    with_result.set_result(42)
    describe("done, with a result", with_result)

    with_exception = loop.create_future()
    with_exception.set_exception(ValueError("boom"))
    describe("done, with an exception", with_exception)

    cancelled = loop.create_future()
    cancelled.cancel()
    describe("done, cancelled", cancelled)


asyncio.run(main())
