import asyncio
import time

from local_server import count_lines, serving

LINES = [f"line {number}\n".encode() for number in range(20_000)]


async def send_one_by_one(writer):
    for line in LINES:
        writer.write(line)
        await writer.drain()


async def send_in_one_batch(writer):
    writer.write(b"".join(LINES))  # (1)!
    await writer.drain()


async def timed(address, send):
    """Send LINES with `send`; return how many the server counted, and the time."""
    reader, writer = await asyncio.open_connection(*address)
    started = time.perf_counter()
    await send(writer)
    writer.write_eof()
    received = int(await reader.readline())
    seconds = time.perf_counter() - started
    writer.close()
    await writer.wait_closed()
    return received, seconds


async def best_of_three(address, send):
    runs = [await timed(address, send) for _ in range(3)]  # (2)!
    print(f"{send.__name__}: the server counted {runs[-1][0]:,} lines")
    return min(seconds for _, seconds in runs)


async def main():
    asyncio.get_running_loop().set_debug(False)
    async with serving(count_lines) as (address, _):
        slow = await best_of_three(address, send_one_by_one)
        fast = await best_of_three(address, send_in_one_batch)
    print(f"one batch at least 3 times faster? {slow / fast >= 3}")
    print(f"(here: {slow / fast:.0f} times)")


asyncio.run(main())
