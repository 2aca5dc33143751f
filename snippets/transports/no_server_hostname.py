import asyncio
import ssl

from certificates import tls_contexts
from thread_tls_server import tls_server


async def upgrade(port, context, server_hostname):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"STARTTLS\n")
    await reader.readline()
    try:
        await writer.start_tls(context, server_hostname=server_hostname)
    except ssl.SSLCertVerificationError as error:
        print(f"  refused: {error.verify_message}")
        return  # (1)!
    names = writer.get_extra_info("peercert")["subjectAltName"]
    print(f"  accepted a certificate for {names}")
    writer.close()
    await writer.wait_closed()


async def main(server_context, client_context):
    async with tls_server(server_context, clients=2, starttls=True) as port:
        print("start_tls() without server_hostname:")
        await upgrade(port, client_context, server_hostname=None)
        print("start_tls() with server_hostname='localhost':")
        await upgrade(port, client_context, server_hostname="localhost")


server_context, client_context = tls_contexts(["somebody-else.example"])  # (2)!
asyncio.run(main(server_context, client_context))
