import asyncio

from certificates import tls_contexts


async def main(client_context):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)  # (1)!
    async with server:
        port = server.sockets[0].getsockname()[1]
        start = loop.time()
        try:
            await asyncio.open_connection(
                "127.0.0.1", port, ssl=client_context, ssl_handshake_timeout=1
            )
        except ConnectionAbortedError as error:  # (2)!
            print(f"after {loop.time() - start:.0f} s: {error!r}")


_, client_context = tls_contexts()
asyncio.run(main(client_context))
