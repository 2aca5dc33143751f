import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def send_report():
    await asyncio.sleep(2)
    log("report sent")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(1):
            report = asyncio.create_task(send_report())  # (1)!
            await asyncio.sleep(5)
    except TimeoutError:
        log(f"timed out; the report task is done? {report.done()}")
    await report  # (2)!


asyncio.run(main())
