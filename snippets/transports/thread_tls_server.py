"""A blocking TLS server in a thread of its own, for clients on the event loop."""

import asyncio
import contextlib
import socket
import ssl
import threading


@contextlib.asynccontextmanager
async def tls_server(context, clients, handle=lambda tls: None, starttls=False):
    """Yield the port of a server that serves ``clients`` connections, then stops.

    With ``starttls``, a client first says ``STARTTLS`` in plain text and is
    answered ``OK``. ``handle(tls)`` runs once the handshake is done; a client
    that gives up during the handshake is simply gone.
    """
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        with listener:
            for _ in range(clients):
                connection, _ = listener.accept()
                if starttls and connection.recv(100) == b"STARTTLS\n":
                    connection.sendall(b"OK\n")
                with contextlib.suppress(ssl.SSLError, ConnectionError):
                    with context.wrap_socket(connection, server_side=True) as tls:
                        handle(tls)

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        await asyncio.to_thread(thread.join)
