"""A small TCP service that stops cleanly on SIGTERM or Ctrl+C.

A request is a line with a number of seconds of work; the answer is "done".
"""

import asyncio
import signal
import sys

GRACE = 0.5  # seconds that requests in progress get to finish after a stop signal


async def answer(reader, writer):
    try:
        seconds = float(await reader.readline())
        print(f"{seconds:g} s request: working")
        try:
            await asyncio.sleep(seconds)  # the work
        except asyncio.CancelledError:
            print(f"{seconds:g} s request: cancelled")
            raise
        writer.write(b"done\n")
        await writer.drain()
        print(f"{seconds:g} s request: answered")
    except (ValueError, ConnectionError) as error:
        print(f"bad request: {error!r}")
    finally:
        writer.close()


async def main():
    loop = asyncio.get_running_loop()
    signals = asyncio.Queue()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, signals.put_nowait, signum)  # (1)!

    requests = set()

    def accept(reader, writer):
        request = asyncio.create_task(answer(reader, writer))
        requests.add(request)  # (2)!
        request.add_done_callback(requests.discard)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    print(f"listening on port {server.sockets[0].getsockname()[1]}")
    signum = await signals.get()  # (3)!

    server.close()  # (4)!
    print(f"{signal.Signals(signum).name}: no new connections")
    late = set()
    if requests:
        print(f"requests in progress: {len(requests)}, {GRACE} s to finish")
        _, late = await asyncio.wait(requests, timeout=GRACE)  # (5)!
    for request in late:
        request.cancel()  # (6)!
    await asyncio.gather(*late, return_exceptions=True)
    await server.wait_closed()  # (7)!
    print(f"stopped; requests cancelled: {len(late)}")
    return 1 if late else 0  # (8)!


sys.exit(asyncio.run(main()))
