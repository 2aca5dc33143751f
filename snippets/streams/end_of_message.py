import asyncio

from local_server import serving


async def read_message(reader, writer):
    try:
        async with asyncio.timeout(1):
            message = await reader.read()  # (1)!
        print(f"server: got {message.decode()!r}")
    except TimeoutError:
        print("server: no end of message after 1 s, giving up")
    writer.close()
    await writer.wait_closed()


async def send(port, text, end_it):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode())
    if end_it:
        writer.write_eof()  # (2)!
    await reader.read()  # wait until the server hangs up
    writer.close()
    await writer.wait_closed()


async def main():
    async with serving(read_message) as port:
        await send(port, "hello", end_it=False)
        await send(port, "hello", end_it=True)


asyncio.run(main())
