import asyncio


async def send(reader, writer):
    writer.write(b"x" * 100 + b"\n" + b"y" * 100)  # (1)!
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=64)
        try:
            await reader.readline()  # (2)!
        except ValueError as error:
            print(f"readline(): ValueError: {error}")
        try:
            await reader.readuntil(b"\n")  # (3)!
        except asyncio.LimitOverrunError as error:
            print(f"readuntil(): LimitOverrunError: {error}")
        try:
            await reader.readexactly(200)  # (4)!
        except asyncio.IncompleteReadError as error:
            print(f"readexactly(): IncompleteReadError: {error}")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
