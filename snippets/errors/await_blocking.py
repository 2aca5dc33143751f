import asyncio
import time


async def main():
    print("waiting...")
    await time.sleep(0.05)  # (1)!
    print("done")


asyncio.run(main())
