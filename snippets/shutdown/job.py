"""A job that takes half a second, and cleans up for 0.3 s however it ends."""

import asyncio


async def main():
    print("working")
    try:
        await asyncio.sleep(0.5)  # the work
        print("work done")
    finally:
        print("cleaning up")
        await asyncio.sleep(0.3)  # closing files, connections...
        print("clean-up done")


if __name__ == "__main__":
    asyncio.run(main())
