import trio
import trio.testing


async def main():
    with trio.move_on_after(2):  # (1)!
        try:
            await trio.sleep(10)
        finally:
            print(f"{trio.current_time():.0f} s: cancelled, cleaning up")
            try:
                await trio.sleep(1)  # (2)!
            except trio.Cancelled:
                print(f"{trio.current_time():.0f} s: the clean-up was cancelled too")
                raise
    print(f"{trio.current_time():.0f} s: after the scope")


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
