import trio
import trio.testing


async def main():
    with trio.move_on_after(2):
        try:
            await trio.sleep(10)
        finally:
            with trio.CancelScope(shield=True):  # (1)!
                await trio.sleep(1)
                print(f"{trio.current_time():.0f} s: cleaned up")
    print(f"{trio.current_time():.0f} s: after the scope")


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
