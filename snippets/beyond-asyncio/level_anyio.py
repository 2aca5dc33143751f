import asyncio

import anyio


async def main():
    started = anyio.current_time()

    def log(message):
        print(f"{anyio.current_time() - started:.0f} s: {message}")

    with anyio.move_on_after(2):
        try:
            await anyio.sleep(10)
        finally:
            log("cancelled, cleaning up")
            try:
                await anyio.sleep(1)
            except anyio.get_cancelled_exc_class():  # (1)!
                log("the clean-up was cancelled too")
                raise
    log("after the scope")


asyncio.run(main())
