import asyncio

from certificates import tls_contexts


async def main(server_context, client_context):
    served = asyncio.Event()

    async def echo_line(reader, writer):
        writer.write(await reader.readline())
        writer.close()
        await writer.wait_closed()
        served.set()

    server = await asyncio.start_server(
        echo_line, "127.0.0.1", 0, ssl=server_context
    )  # (1)!
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client_context
        )  # (2)!
        tls = writer.get_extra_info("ssl_object")  # (3)!
        names = tls.getpeercert()["subjectAltName"]
        print(f"{tls.version()}, the server's certificate is for {names}")
        writer.write(b"hello over TLS\n")
        print(f"got back {(await reader.readline()).decode()!r}")
        writer.close()
        await writer.wait_closed()
        await served.wait()


server_context, client_context = tls_contexts()
asyncio.run(main(server_context, client_context))
