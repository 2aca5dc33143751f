import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):  # (1)!
        self.transport = transport

    def datagram_received(self, data, addr):  # (2)!
        self.transport.sendto(data, addr)


class EchoClient(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(
        EchoServer, local_addr=("127.0.0.1", 0)
    )
    address = server.get_extra_info("sockname")  # (3)!
    client, protocol = await loop.create_datagram_endpoint(
        EchoClient, remote_addr=address
    )
    try:  # (4)!
        for word in ["hello", "udp"]:
            client.sendto(word.encode())  # (5)!
            reply = await asyncio.wait_for(protocol.replies.get(), timeout=1)
            print(f"sent {word!r}, got back {reply.decode()!r}")
    finally:
        client.close()
        server.close()


asyncio.run(main())
