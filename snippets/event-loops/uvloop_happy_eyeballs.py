import asyncio

import uvloop


async def hang_up(reader, writer):
    writer.close()
    await writer.wait_closed()


async def connect():
    """Connect to a local server, racing its addresses as Happy Eyeballs does."""
    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        try:
            _, writer = await asyncio.open_connection(
                "127.0.0.1", port, happy_eyeballs_delay=0.25
            )
        except TypeError as error:
            return f"TypeError: {error}"
        writer.close()
        await writer.wait_closed()
        return "connected"


print("asyncio's loop:", asyncio.run(connect()))
print("uvloop:", uvloop.run(connect()))
