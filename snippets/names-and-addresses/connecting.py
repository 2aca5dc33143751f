"""Connect, and say how: over which family, to which address, after how long."""

import asyncio
import socket

FAMILIES = {socket.AF_INET: "IPv4", socket.AF_INET6: "IPv6"}


async def connect(host, port, **options):
    """Connect to ``host``, with ``open_connection()``'s ``options``, and report."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(2):
            _, writer = await asyncio.open_connection(host, port, **options)
    except TimeoutError:
        print("  no connection within 2 s")
        return
    family = FAMILIES[writer.get_extra_info("socket").family]
    address = writer.get_extra_info("peername")[0]
    print(f"  connected over {family} to {address} after {loop.time() - start:.1f} s")
    writer.close()
    await writer.wait_closed()
