import asyncio

CHUNK = b"x" * 65536
KIB, MIB = 1024, 1024 * 1024


class SlowReader(asyncio.Protocol):
    """Reads nothing for a second, then everything, and answers with the count."""

    def connection_made(self, transport):
        self.transport, self.received = transport, 0
        transport.pause_reading()  # (1)!
        asyncio.get_running_loop().call_later(1, transport.resume_reading)

    def data_received(self, data):
        self.received += len(data)

    def eof_received(self):
        self.transport.write(f"{self.received // MIB} MiB".encode())
        return False  # the transport closes itself


class Sender(asyncio.Protocol):
    def __init__(self):
        loop = asyncio.get_running_loop()
        self.start = loop.time()
        self.may_write = asyncio.Event()
        self.may_write.set()
        self.answer = loop.create_future()
        self.closed = loop.create_future()
        self.reported = set()

    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):  # (2)!
        self.report("pause_writing")
        self.may_write.clear()

    def resume_writing(self):  # (3)!
        self.report("resume_writing")
        self.may_write.set()

    def report(self, name):
        if name in self.reported:  # the first call of each is enough to see
            return
        self.reported.add(name)
        elapsed = asyncio.get_running_loop().time() - self.start
        low, high = self.transport.get_write_buffer_limits()
        size = self.transport.get_write_buffer_size()
        level = f"over {high // KIB}" if size > high else f"at most {low // KIB}"
        print(f"client: {name}() at {elapsed:.0f} s, {level} KiB buffered")

    def data_received(self, data):
        self.answer.set_result(data.decode())

    def connection_lost(self, exc):
        if not self.answer.done():
            self.answer.set_exception(ConnectionError("closed without an answer"))
        self.closed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(SlowReader, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        transport, sender = await loop.create_connection(Sender, "127.0.0.1", port)
        most = 0
        for _ in range(128):  # 8 MiB
            await sender.may_write.wait()  # (4)!
            transport.write(CHUNK)
            most = max(most, transport.get_write_buffer_size())
        bound = "at most" if most <= 2 * len(CHUNK) else "over"
        print(f"client: sent 8 MiB, {bound} 128 KiB buffered at any time")
        transport.write_eof()
        print(f"server: received {await sender.answer}")
        transport.close()
        await sender.closed


asyncio.run(main())
