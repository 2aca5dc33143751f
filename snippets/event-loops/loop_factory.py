import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def new_loop():
    """A new event loop, with a default executor of two threads named io_..."""
    loop = asyncio.new_event_loop()
    loop.set_default_executor(ThreadPoolExecutor(2, thread_name_prefix="io"))
    return loop


def blocking_job():
    return threading.current_thread().name


async def main():
    name = await asyncio.to_thread(blocking_job)
    print(f"the blocking job ran in thread {name}")


with asyncio.Runner(loop_factory=new_loop) as runner:
    runner.run(main())
    runner.run(main())  # (1)!
