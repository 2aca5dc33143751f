import asyncio

from local_server import serving


async def read_message(reader):
    """One message: its length in 4 bytes, then the message; None at the end."""
    try:
        header = await reader.readexactly(4)  # (1)!
    except asyncio.IncompleteReadError as error:  # (2)!
        if not error.partial:
            return None  # the stream ended between two messages
        raise
    return await reader.readexactly(int.from_bytes(header, "big"))


async def read_messages(reader, writer):
    try:
        while (message := await read_message(reader)) is not None:
            print(f"server: got {message.decode()!r}")
        print("server: the stream ended between two messages")
    except asyncio.IncompleteReadError as error:
        got, expected = len(error.partial), error.expected
        print(f"server: the stream ended after {got} of {expected} bytes")
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
