"""Two attempts at a job; an interrupted attempt is tried again."""

import asyncio


async def main():
    for attempt in (1, 2):
        print(f"attempt {attempt}")
        try:
            await asyncio.sleep(0.5)
            print("done")
            return
        except asyncio.CancelledError:
            print("interrupted, trying again")
    print("giving up")


asyncio.run(main())
