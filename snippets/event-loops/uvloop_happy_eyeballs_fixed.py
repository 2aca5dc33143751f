import asyncio
import socket

import aiohappyeyeballs
import uvloop


async def hang_up(reader, writer):
    writer.close()
    await writer.wait_closed()


async def connect():
    """Connect to a local server, racing its addresses as Happy Eyeballs does."""
    server = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        loop = asyncio.get_running_loop()
        addresses = await loop.getaddrinfo("127.0.0.1", port, type=socket.SOCK_STREAM)
        sock = await aiohappyeyeballs.start_connection(  # (1)!
            addresses, happy_eyeballs_delay=0.25
        )
        _, writer = await asyncio.open_connection(sock=sock)  # (2)!
        writer.close()
        await writer.wait_closed()
        return "connected"


print("asyncio's loop:", asyncio.run(connect()))
print("uvloop:", uvloop.run(connect()))
