import asyncio


class Forgetful(asyncio.DatagramProtocol):
    """Answers PONG to every third datagram only: the others are 'lost'."""

    def __init__(self):
        self.seen = 0

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.seen += 1
        if self.seen % 3 == 0:
            self.transport.sendto(b"PONG", addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.answers = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.answers.put_nowait(data)


async def ask(address, question, tries=5, timeout=0.5):
    loop = asyncio.get_running_loop()
    transport, client = await loop.create_datagram_endpoint(Client, remote_addr=address)
    try:
        for attempt in range(1, tries + 1):
            transport.sendto(question)
            try:
                async with asyncio.timeout(timeout):
                    return attempt, await client.answers.get()
            except TimeoutError:
                continue
        raise TimeoutError(f"no answer after {tries} tries")
    finally:
        transport.close()


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(
        Forgetful, local_addr=("127.0.0.1", 0)
    )
    start = loop.time()
    try:
        attempt, answer = await ask(server.get_extra_info("sockname"), b"PING")
        elapsed = loop.time() - start
        print(f"{answer.decode()} at try {attempt}, after {elapsed:.1f} s")
    finally:
        server.close()


asyncio.run(main())
