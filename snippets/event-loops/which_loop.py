import asyncio
import selectors
import sys


async def main():
    loop = asyncio.get_running_loop()
    print(f"platform: {sys.platform}")
    print(f"a selector event loop: {isinstance(loop, asyncio.SelectorEventLoop)}")
    print(f"the best selector here: {selectors.DefaultSelector.__name__}")


asyncio.run(main())
