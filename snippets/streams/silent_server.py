import asyncio

from local_server import serving


async def never_answers(reader, writer):
    await reader.read()  # reads until the client hangs up, says nothing
    writer.close()
    await writer.wait_closed()


async def ask(port, question, timeout=1):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{question}\n".encode())
        await writer.drain()
        async with asyncio.timeout(timeout):
            return (await reader.readline()).decode().strip()
    except TimeoutError:
        return f"no answer within {timeout} s"
    finally:
        writer.close()
        await writer.wait_closed()


async def main():
    async with serving(never_answers) as port:
        print(await ask(port, "UPPER hello"))


asyncio.run(main())
