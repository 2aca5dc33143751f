import asyncio
import time

from certificates import tls_contexts
from thread_tls_server import tls_server


def busy(tls):
    time.sleep(2)  # (1)!


async def main(server_context, client_context):
    loop = asyncio.get_running_loop()
    async with tls_server(server_context, clients=1, handle=busy) as port:
        _, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client_context, ssl_shutdown_timeout=0.5
        )
        start = loop.time()
        writer.close()
        try:
            await writer.wait_closed()  # (2)!
        except TimeoutError as error:
            print(f"after {loop.time() - start:.1f} s: {error!r}")


server_context, client_context = tls_contexts()
asyncio.run(main(server_context, client_context))
