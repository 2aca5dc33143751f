import asyncio
import functools

from local_server import answer_slowly, serving

REQUESTS = 100


async def ask(address, question, limit):
    async with limit:  # (1)!
        reader, writer = await asyncio.open_connection(*address)
        try:
            writer.write(f"{question}\n".encode())
            await writer.drain()
            return await reader.readline()
        finally:
            writer.close()
            await writer.wait_closed()


async def ask_all(address, at_once):
    limit = asyncio.Semaphore(at_once)
    async with asyncio.TaskGroup() as tg:
        for number in range(REQUESTS):
            tg.create_task(ask(address, f"question {number}", limit))


async def compare_limits(server_capacity):
    loop = asyncio.get_running_loop()
    loop.set_debug(False)
    await asyncio.sleep(0)
    capacity = asyncio.Semaphore(server_capacity)
    handle = functools.partial(answer_slowly, capacity=capacity)
    async with serving(handle) as (address, connections):
        for at_once in (5, 10, 50, 100):
            connections.most_at_once = 0
            started = loop.time()
            await ask_all(address, at_once)
            elapsed = loop.time() - started
            print(
                f"at most {at_once:3} at a time: {elapsed:3.0f} s, "
                f"{connections.most_at_once:3} connections open on the server"
            )


if __name__ == "__main__":
    asyncio.run(compare_limits(server_capacity=10))
