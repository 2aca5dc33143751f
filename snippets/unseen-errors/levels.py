import asyncio
import logging
import time


async def greet(reader, writer):
    writer.close()


def broken_callback():
    raise RuntimeError("a bug in a callback")


async def main():
    server = await asyncio.start_server(greet, "127.0.0.1", 0)  # (1)!
    asyncio.get_running_loop().call_soon(broken_callback)  # (2)!
    time.sleep(0.2)  # (3)!
    await asyncio.sleep(0)
    server.close()
    await server.wait_closed()


logging.basicConfig(
    format="%(levelname)s %(name)s: %(message)s", level=logging.DEBUG, force=True
)
asyncio.run(main(), debug=True)  # (4)!
