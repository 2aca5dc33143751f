import asyncio


def show_average(readings):
    if not readings:
        raise ValueError("no readings")
    print(f"average: {sum(readings) / len(readings)}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show_average, [20, 22])
    loop.call_soon(show_average, [])  # (1)!
    await asyncio.sleep(0.1)
    print("main goes on")


asyncio.run(main())
