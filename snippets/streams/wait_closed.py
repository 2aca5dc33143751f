import asyncio


async def main():
    loop = asyncio.get_running_loop()
    handlers = []
    connected = asyncio.Event()

    async def hold_open(reader, writer):
        handlers.append(asyncio.current_task())
        connected.set()
        await reader.read()  # until the client hangs up
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(hold_open, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    await connected.wait()
    loop.call_later(1, writer.close)  # (1)!

    start = loop.time()
    server.close()
    await server.wait_closed()  # (2)!
    print(f"wait_closed() returned after {loop.time() - start:.0f} s")

    await asyncio.gather(*handlers)
    await writer.wait_closed()


asyncio.run(main())
