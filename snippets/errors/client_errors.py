import asyncio
import socket

import aiohttp


def closed_port():
    with socket.socket() as sock:  # (1)!
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def main():
    url = f"http://127.0.0.1:{closed_port()}/"
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(url)
        except aiohttp.ClientConnectorError as error:
            print(f"ClientConnectorError: {error}")
    try:
        await session.get(url)  # (2)!
    except RuntimeError as error:
        print(f"RuntimeError: {error}")


asyncio.run(main())
