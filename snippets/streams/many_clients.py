import asyncio

from local_server import serving


async def slow_job(reader, writer):
    seconds = float(await reader.readline())
    await asyncio.sleep(seconds)  # a job that takes a while
    writer.write(b"done\n")
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"1\n")  # a job of one second
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return f"{name}: {reply.decode().strip()}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with serving(slow_job) as port:
        replies = await asyncio.gather(*(client(port, n) for n in ["A", "B", "C"]))
    print(", ".join(replies), f"after {loop.time() - start:.0f} s")


asyncio.run(main())
