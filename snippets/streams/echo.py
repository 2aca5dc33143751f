import asyncio

from local_server import serving


async def handle_echo(reader, writer):  # (1)!
    while line := await reader.readline():  # (2)!
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    async with serving(handle_echo) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)  # (3)!
        for text in ["hello", "asyncio"]:
            writer.write(f"{text}\n".encode())
            await writer.drain()
            echo = await reader.readline()
            print(f"sent {text!r}, got back {echo.decode()!r}")
        writer.close()  # (4)!
        await writer.wait_closed()


asyncio.run(main())
