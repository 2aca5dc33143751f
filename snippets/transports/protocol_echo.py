import asyncio
import functools


class EchoProtocol(asyncio.Protocol):
    def __init__(self, closed):
        self.closed = closed  # a future: set when the connection is gone

    def connection_made(self, transport):  # (1)!
        print("server: connection_made")
        self.transport = transport

    def data_received(self, data):  # (2)!
        print(f"server: data_received({data!r})")
        self.transport.write(data)

    def eof_received(self):  # (3)!
        print("server: eof_received")
        return False

    def connection_lost(self, exc):  # (4)!
        print(f"server: connection_lost({exc!r})")
        self.closed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    closed = loop.create_future()
    factory = functools.partial(EchoProtocol, closed)  # (5)!
    server = await loop.create_server(factory, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for text in ["hello", "asyncio"]:
            writer.write(f"{text}\n".encode())
            await writer.drain()
            echo = await reader.readline()
            print(f"sent {text!r}, got back {echo.decode()!r}")
        writer.close()
        await writer.wait_closed()
        await closed


asyncio.run(main())
