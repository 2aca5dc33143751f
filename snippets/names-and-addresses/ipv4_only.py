import asyncio
import socket

from connecting import connect
from stand_ins import black_hole, names, resolver


async def main():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        with black_hole() as hole:
            dual = [
                (socket.AF_INET6, ("::ffff:127.0.0.1", hole, 0, 0)),
                (socket.AF_INET, ("127.0.0.1", port)),
            ]
            with resolver(names({"dual.test": dual})):
                print("family=socket.AF_INET:")
                await connect("dual.test", 80, family=socket.AF_INET)


asyncio.run(main())
