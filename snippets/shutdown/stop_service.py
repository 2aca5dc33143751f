"""Send requests to a service, then signals; show what the service and clients see.

Usage: python snippets/shutdown/stop_service.py SCRIPT SIGNAL... [--requests SECONDS...]
"""

import argparse
import asyncio

from signal_child import send, show_line, show_the_rest, start


async def ask(port, seconds):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{seconds}\n".encode())
    return reader, writer


async def main(script, signal_names, requests):
    service = await start(script)
    port = int((await show_line(service, "service")).split()[-1])
    clients = []
    for seconds in requests:
        clients.append(await ask(port, seconds))
        await show_line(service, "service")  # (1)!
    first, *more = signal_names
    send(service, first)
    await show_line(service, "service")  # (2)!
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("new client: connection refused")
    await show_line(service, "service")
    for signal_name in more:
        send(service, signal_name)
    for seconds, (reader, writer) in zip(requests, clients):
        answer = (await reader.readline()).decode().strip()
        print(f"{seconds:g} s client: {answer or 'no answer'}")
        writer.close()
        await writer.wait_closed()
    await show_the_rest(service, "service")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("script")
    parser.add_argument("signals", nargs="+", choices=["SIGINT", "SIGTERM"])
    parser.add_argument("--requests", nargs="+", type=float, default=[0.2, 10])
    arguments = parser.parse_args()
    asyncio.run(main(arguments.script, arguments.signals, arguments.requests))
