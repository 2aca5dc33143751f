import trio
import trio.testing


async def main():
    started = trio.current_time()

    def log(message):
        print(f"{trio.current_time() - started:.0f} s: {message}")

    with trio.move_on_after(2):
        try:
            await trio.sleep(10)
        finally:
            with trio.CancelScope(shield=True):  # (1)!
                await trio.sleep(1)
                log("cleaned up")
    log("after the scope")


trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
