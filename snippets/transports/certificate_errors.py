import asyncio
import ssl

from certificates import tls_contexts
from thread_tls_server import tls_server


async def connect(port, context, server_hostname=None):
    try:
        _, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=context, server_hostname=server_hostname
        )
    except ssl.SSLCertVerificationError as error:  # (1)!
        print(f"  {type(error).__name__}: {error}")
    else:
        print("  connected")
        writer.close()
        await writer.wait_closed()


async def main(server_context, client_context):
    async with tls_server(server_context, clients=3) as port:
        print("Trusting the authority that signed the certificate:")
        await connect(port, client_context)
        print("Trusting only the system's authorities:")
        await connect(port, ssl.create_default_context())  # (2)!
        print("Trusting the authority, but asking for another name:")
        await connect(port, client_context, server_hostname="example.org")  # (3)!


server_context, client_context = tls_contexts()
asyncio.run(main(server_context, client_context))
