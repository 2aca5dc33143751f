import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def runner(name, start_signal):
    log(f"{name} on the line")
    await start_signal.wait()  # (1)!
    log(f"{name} runs")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    start_signal = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("Ann", "Ben", "Cat"):
            tg.create_task(runner(name, start_signal))
        await asyncio.sleep(3)
        start_signal.set()  # (2)!


asyncio.run(main())
