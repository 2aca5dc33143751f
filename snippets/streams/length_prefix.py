import asyncio

from local_server import serving


async def read_messages(reader, writer):
    """Read messages framed as a 4-byte length, then that many bytes."""
    while True:
        try:
            header = await reader.readexactly(4)  # (1)!
            body = await reader.readexactly(int.from_bytes(header, "big"))
        except asyncio.IncompleteReadError as error:  # (2)!
            if error.partial:
                got, expected = len(error.partial), error.expected
                print(f"server: the stream ended after {got} of {expected} bytes")
            else:
                print("server: the stream ended between two messages")
            break
        print(f"server: got {body.decode()!r}")
    writer.close()
    await writer.wait_closed()


def framed(text):
    data = text.encode()
    return len(data).to_bytes(4, "big") + data


async def send(port, data):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    writer.write_eof()
    await reader.read()  # wait until the server hangs up
    writer.close()
    await writer.wait_closed()


async def main():
    async with serving(read_messages) as port:
        await send(port, framed("hello") + framed("asyncio"))
        await send(port, framed("cut short")[:7])  # (3)!


asyncio.run(main())
