import asyncio

from local_server import serving

CHUNK = b"x" * 65536
MIB = 1024 * 1024


async def sleepy_reader(reader, writer):
    await asyncio.sleep(1)  # busy elsewhere: reads nothing for a second
    received = 0
    while chunk := await reader.read(MIB):  # then reads everything, up to EOF
        received += len(chunk)
    writer.write(f"received {received // MIB} MiB\n".encode())
    writer.close()
    await writer.wait_closed()


async def send(port, drain):
    loop = asyncio.get_running_loop()
    start = loop.time()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    most_buffered = 0
    for _ in range(128):  # 8 MiB
        writer.write(CHUNK)  # (1)!
        buffered = writer.transport.get_write_buffer_size()
        most_buffered = max(most_buffered, buffered)
        if drain:
            await writer.drain()  # (2)!
    when = "after the server woke up" if loop.time() - start >= 1 else "at once"
    held = "over" if most_buffered > MIB else "under"
    print(f"client: wrote 8 MiB {when}, holding {held} 1 MiB in memory")
    writer.write_eof()  # (3)!
    reply = await reader.readline()
    print(f"server: {reply.decode().strip()}")
    writer.close()
    await writer.wait_closed()


async def main():
    async with serving(sleepy_reader) as port:
        print("without drain()")
        await send(port, drain=False)
        print("with drain()")
        await send(port, drain=True)


asyncio.run(main())
