import asyncio

from local_server import serving


def answer(command, argument):
    match command:
        case "UPPER":
            return f"OK {argument.upper()}"
        case "ADD":
            try:
                return f"OK {sum(int(n) for n in argument.split())}"
            except ValueError:
                return "ERR ADD takes whole numbers"
        case _:
            return f"ERR unknown command {command!r}"


async def serve_client(reader, writer):
    async for raw in reader:  # (1)!
        command, _, argument = raw.decode().strip().partition(" ")
        if command == "QUIT":
            writer.write(b"BYE\n")
            break
        writer.write(f"{answer(command, argument)}\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def talk(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for line in lines:
            writer.write(f"{line}\n".encode())
            await writer.drain()
            reply = await reader.readline()
            print(f"> {line}\n< {reply.decode().strip()}")
    finally:
        writer.close()
        await writer.wait_closed()


async def main():
    async with serving(serve_client) as port:
        await talk(port, ["UPPER hello", "ADD 1 2 3", "ADD one", "HELLO", "QUIT"])


asyncio.run(main())
