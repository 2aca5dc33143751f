"""Serve a stream handler on 127.0.0.1 for as long as a block of code runs."""

import asyncio
import contextlib


@contextlib.asynccontextmanager
async def serving(handler):
    """Yield the port of a server running ``handler`` for each client.

    On the way out the server stops listening, and the block waits until the
    handler of every client has finished: no task is left behind.
    """
    async with asyncio.TaskGroup() as handlers:
        server = await asyncio.start_server(
            lambda reader, writer: handlers.create_task(handler(reader, writer)),
            "127.0.0.1",
            0,
        )
        async with server:
            yield server.sockets[0].getsockname()[1]
