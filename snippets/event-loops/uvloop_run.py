import asyncio

import uvloop


async def main():
    loop_class = type(asyncio.get_running_loop())
    return f"{loop_class.__module__}.{loop_class.__qualname__}"


print("uvloop.run():", uvloop.run(main()))

with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:  # (1)!
    print("asyncio.Runner:", runner.run(main()))
