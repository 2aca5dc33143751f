import asyncio

import anyio


async def main():
    with anyio.move_on_after(2):
        try:
            await anyio.sleep(10)
        finally:
            print(f"{anyio.current_time():.0f} s: cancelled, cleaning up")
            try:
                await anyio.sleep(1)
            except anyio.get_cancelled_exc_class():  # (1)!
                print(f"{anyio.current_time():.0f} s: the clean-up was cancelled too")
                raise
    print(f"{anyio.current_time():.0f} s: after the scope")


asyncio.run(main())
