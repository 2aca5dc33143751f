"""A small TCP server on 127.0.0.1 for the examples, counting its connections."""

import asyncio
import contextlib
from dataclasses import dataclass


@dataclass
class Connections:
    open: int = 0
    most_at_once: int = 0
    served: int = 0


@contextlib.asynccontextmanager
async def serving(handle):
    """Serve handle(reader, writer) on a free port; yield (host, port) and counts."""
    connections = Connections()

    handlers = set()

    async def on_connect(reader, writer):
        handlers.add(asyncio.current_task())
        connections.open += 1
        connections.most_at_once = max(connections.most_at_once, connections.open)
        try:
            await handle(reader, writer)
        finally:
            connections.open -= 1
            connections.served += 1
            writer.close()
            await writer.wait_closed()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0, backlog=1000)
    try:
        yield server.sockets[0].getsockname()[:2], connections
    finally:
        server.close()
        await asyncio.gather(*handlers)  # each connection finishes closing
        await server.wait_closed()


async def echo(reader, writer):
    """Send every line back."""
    async for line in reader:
        writer.write(line)
        await writer.drain()


async def count_lines(reader, writer):
    """Read until the client is done sending, then say how many lines came."""
    count = 0
    while chunk := await reader.read(65536):
        count += chunk.count(b"\n")
    writer.write(f"{count}\n".encode())
    await writer.drain()


async def answer_slowly(reader, writer, capacity):
    """Answer one question, taking a second, at most `capacity` questions at once."""
    question = await reader.readline()
    async with capacity:
        await asyncio.sleep(1)
    writer.write(question.upper())
    await writer.drain()
