import asyncio
import socket


class Reporter(asyncio.DatagramProtocol):
    def __init__(self):
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        print("connection_made: the socket is ready")

    def datagram_received(self, data, addr):
        print(f"datagram_received: {data!r}")

    def error_received(self, exc):  # (1)!
        print(f"error_received: {type(exc).__name__}")

    def connection_lost(self, exc):  # (2)!
        print(f"connection_lost({exc!r})")
        self.closed.set_result(None)


def unused_port():
    """A UDP port on 127.0.0.1 that nobody listens on (any more)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        Reporter, remote_addr=("127.0.0.1", unused_port())
    )
    transport.sendto(b"anybody there?")  # (3)!
    print("sendto() returned")
    await asyncio.sleep(0.1)
    transport.close()
    await protocol.closed


asyncio.run(main())
