import asyncio
import socket

from connecting import connect
from stand_ins import black_hole, names, resolver


async def main():
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        with black_hole() as first, black_hole() as second:
            addresses = [  # (1)!
                (socket.AF_INET6, ("::ffff:127.0.0.1", first, 0, 0)),
                (socket.AF_INET6, ("::ffff:127.0.0.1", second, 0, 0)),
                (socket.AF_INET, ("127.0.0.1", port)),
            ]
            with resolver(names({"dual.test": addresses})):
                for interleave in [0, 1, 2]:
                    print(f"interleave={interleave}:")
                    await connect(
                        "dual.test", 80, happy_eyeballs_delay=0.5, interleave=interleave
                    )


asyncio.run(main())
