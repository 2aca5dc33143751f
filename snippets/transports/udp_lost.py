import asyncio

SENT = 10_000


class Counter(asyncio.DatagramProtocol):
    def __init__(self):
        self.received = 0

    def datagram_received(self, data, addr):
        self.received += 1


async def main():
    loop = asyncio.get_running_loop()
    receiver, counter = await loop.create_datagram_endpoint(
        Counter, local_addr=("127.0.0.1", 0)
    )
    address = receiver.get_extra_info("sockname")
    sender, _ = await loop.create_datagram_endpoint(
        asyncio.DatagramProtocol, remote_addr=address
    )
    for _ in range(SENT):  # (1)!
        sender.sendto(b"x" * 1000)
    print(f"sent {SENT}, left in the sender's buffer: {sender.get_write_buffer_size()}")
    await asyncio.sleep(0.5)  # (2)!
    share = "all" if counter.received == SENT else "only some"
    print(f"received {share} of them, and nobody was told")
    sender.close()
    receiver.close()


asyncio.run(main())
