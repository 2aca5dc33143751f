import asyncio

from inflight import InFlight


async def handle(in_flight, word, seconds):
    """Stands in for the bot's handler: answering takes ``seconds``."""
    with in_flight.track():
        try:
            await asyncio.sleep(seconds)
            print(f"{word}: answered after {seconds} s")
        except asyncio.CancelledError:
            print(f"{word}: cancelled")
            raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    in_flight = InFlight()
    work = {"cat": 1, "dog": 3, "sloth": 60}
    tasks = [asyncio.create_task(handle(in_flight, w, s)) for w, s in work.items()]
    await asyncio.sleep(0.5)
    print(f"{loop.time() - start:.1f} s: stop signal, waiting up to 5 s for the rest")
    finished, cancelled = await in_flight.finish(deadline=5)
    print(f"{loop.time() - start:.1f} s: {finished} finished, {cancelled} cancelled")
    assert all(task.done() for task in tasks)


asyncio.run(main())
