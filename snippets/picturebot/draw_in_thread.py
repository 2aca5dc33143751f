import asyncio

from drawing import draw_word

WORDS = ["кошка", "собака", "сова", "лиса", "ёж", "лось", "заяц", "волк"]


def draw_all():
    for word in WORDS:
        draw_word(word)


async def beats_while(work):
    """How often a task that wants to run every 5 ms got its turn during ``work``."""
    beats = 0

    async def heartbeat():
        nonlocal beats
        while True:
            await asyncio.sleep(0.005)
            beats += 1

    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # let it start
    await work()
    task.cancel()
    await asyncio.wait([task])
    return beats


async def in_the_loop():
    draw_all()  # blocks: nothing else runs until it returns


async def in_a_thread():
    await asyncio.to_thread(draw_all)  # the loop is free meanwhile


async def main():
    print(f"in the event loop: {await beats_while(in_the_loop)} heartbeats")
    beats = await beats_while(in_a_thread)
    print(f"in a thread: the heartbeat went on: {beats > 0}")


asyncio.run(main())
