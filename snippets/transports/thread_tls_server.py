"""A blocking TLS server in a thread of its own, for clients on the event loop."""

import asyncio
import contextlib
import socket
import ssl


def until_closed(tls):
    """Read until the client closes, then close as TLS does: with close_notify."""
    while tls.recv(4096):
        pass
    tls.unwrap()


@contextlib.asynccontextmanager
async def tls_server(context, clients, handle=until_closed, starttls=False):
    """Yield the port of a server that serves ``clients`` connections, then stops.

    With ``starttls``, a client first says ``STARTTLS`` in plain text and is
    answered ``OK``. ``handle(tls)`` runs once the handshake is done; a client
    that gives up during the handshake is simply gone. The server also stops
    when no client has come for 5 seconds.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)

    def serve():
        with listener, contextlib.suppress(TimeoutError):
            for _ in range(clients):
                connection, _ = listener.accept()
                connection.settimeout(None)
                if starttls and connection.recv(100) == b"STARTTLS\n":
                    connection.sendall(b"OK\n")
                with contextlib.suppress(ssl.SSLError, ConnectionError):
                    with context.wrap_socket(connection, server_side=True) as tls:
                        handle(tls)

    serving = asyncio.create_task(asyncio.to_thread(serve))
    try:
        yield listener.getsockname()[1]
    finally:
        await serving
