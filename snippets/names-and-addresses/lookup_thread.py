import asyncio
import threading

from stand_ins import resolver


def reporting(getaddrinfo, host, *args):
    print(f"  getaddrinfo({host!r}) runs in thread {threading.current_thread().name}")
    return getaddrinfo(host, *args)


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        with resolver(reporting):
            for host in ["127.0.0.1", "localhost"]:
                print(f"open_connection({host!r}):")
                _, writer = await asyncio.open_connection(host, port)  # (1)!
                print("  connected")
                writer.close()
                await writer.wait_closed()
            print("loop.getaddrinfo('localhost'):")
            await loop.getaddrinfo("localhost", port)  # (2)!
    print(f"the event loop runs in thread {threading.current_thread().name}")


asyncio.run(main())
