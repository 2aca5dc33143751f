import asyncio


async def runner(name, start_signal):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} s: {name} on the line")
    await start_signal.wait()  # (1)!
    print(f"{loop.time():.1f} s: {name} runs")


async def main():
    start_signal = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("Ann", "Ben", "Cat"):
            tg.create_task(runner(name, start_signal))
        await asyncio.sleep(3)
        start_signal.set()  # (2)!


asyncio.run(main())
