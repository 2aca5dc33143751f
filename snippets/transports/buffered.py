import asyncio

MIB = 1024 * 1024


class Upload(asyncio.BufferedProtocol):
    """Receives exactly ``size`` bytes straight into one bytearray."""

    def __init__(self, size, done):
        self.data = bytearray(size)
        self.filled = 0
        self.done = done

    def connection_made(self, transport):
        self.transport = transport

    def get_buffer(self, sizehint):  # (1)!
        return memoryview(self.data)[self.filled :]

    def buffer_updated(self, nbytes):  # (2)!
        self.filled += nbytes
        if self.filled == len(self.data):
            self.transport.close()

    def eof_received(self):
        return False

    def connection_lost(self, exc):
        if self.filled == len(self.data):
            self.done.set_result(self.data)
        else:
            self.done.set_exception(ConnectionError(f"got {self.filled} bytes only"))


async def main():
    loop = asyncio.get_running_loop()
    payload = bytes(range(256)) * (4 * 1024)  # 1 MiB
    done = loop.create_future()
    server = await loop.create_server(
        lambda: Upload(len(payload), done), "127.0.0.1", 0
    )
    async with server:
        port = server.sockets[0].getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(payload)
        await writer.drain()
        received = await done
        writer.close()
        await writer.wait_closed()
    intact = received == payload
    print(f"server: {len(received) // MIB} MiB in one bytearray, intact: {intact}")


asyncio.run(main())
