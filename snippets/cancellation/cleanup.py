import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def transfer():
    log("connection open")
    try:
        await asyncio.sleep(60)  # a long transfer
    finally:
        await asyncio.sleep(0.5)  # (1)!
        log("connection closed")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    task = asyncio.create_task(transfer())
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("transfer cancelled")


asyncio.run(main())
