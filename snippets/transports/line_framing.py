import asyncio


class LineProtocol(asyncio.Protocol):
    """Calls ``line_received()`` once per whole line, however the bytes arrive."""

    def __init__(self):
        self.pending = b""

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.pending += data
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            self.line_received(line.decode())

    def line_received(self, line):
        raise NotImplementedError


class Shout(LineProtocol):
    def __init__(self, closed):
        super().__init__()
        self.closed = closed

    def line_received(self, line):
        print(f"server: line {line!r}")
        self.transport.write(f"{line.upper()}\n".encode())

    def connection_lost(self, exc):
        self.closed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    closed = loop.create_future()
    server = await loop.create_server(lambda: Shout(closed), "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for piece in [b"hel", b"lo\nasy", b"ncio\n"]:  # two lines, in three pieces
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.1)  # so that each piece arrives on its own
        print(f"client: {await reader.readline()!r} {await reader.readline()!r}")
        writer.close()
        await writer.wait_closed()
        await closed


asyncio.run(main())
