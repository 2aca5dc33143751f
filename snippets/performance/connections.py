import asyncio
import time

from local_server import echo, serving

CONNECTIONS = 100
MESSAGES = 10


async def chat(address, everyone_connected):
    reader, writer = await asyncio.open_connection(*address)
    try:
        await everyone_connected.wait()  # (1)!
        for number in range(MESSAGES):
            writer.write(f"message {number}\n".encode())
            await writer.drain()
            await reader.readline()
    finally:
        writer.close()
        await writer.wait_closed()


async def main():
    asyncio.get_running_loop().set_debug(False)
    async with serving(echo) as (address, connections):
        everyone_connected = asyncio.Barrier(CONNECTIONS)
        started = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            for _ in range(CONNECTIONS):
                tg.create_task(chat(address, everyone_connected))
        seconds = time.perf_counter() - started
    round_trips = CONNECTIONS * MESSAGES
    print(f"{connections.served} connections, {round_trips:,} round trips")
    print(f"over 100 round trips a second? {round_trips / seconds > 100}")
    print(f"(here: {round_trips / seconds:,.0f} a second)")


asyncio.run(main())
