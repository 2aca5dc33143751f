import asyncio

from certificates import tls_contexts


async def main(server_context, client_context):
    served = asyncio.Event()

    async def starttls_server(reader, writer):
        if await reader.readline() == b"STARTTLS\n":
            writer.write(b"OK go ahead\n")
            await writer.start_tls(server_context)  # (1)!
            said = (await reader.readline()).decode().strip()
            version = writer.get_extra_info("ssl_object").version()
            writer.write(f"over {version}, you said {said!r}\n".encode())
        writer.close()
        await writer.wait_closed()
        served.set()

    server = await asyncio.start_server(starttls_server, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)  # (2)!
        writer.write(b"STARTTLS\n")
        print(f"in plain text: {(await reader.readline()).decode().strip()}")
        await writer.start_tls(client_context, server_hostname="localhost")  # (3)!
        writer.write(b"a secret\n")
        print(f"encrypted: {(await reader.readline()).decode().strip()}")
        writer.close()
        await writer.wait_closed()
        await served.wait()


server_context, client_context = tls_contexts()
asyncio.run(main(server_context, client_context))
