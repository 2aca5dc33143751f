import asyncio


async def say(what, when):
    await asyncio.sleep(when)
    print(what)


async def stop_after(loop, when):
    await asyncio.sleep(when)
    loop.stop()


loop = asyncio.new_event_loop()
tasks = [  # (1)!
    loop.create_task(say("first hello", 2)),
    loop.create_task(say("second hello", 1)),
    loop.create_task(say("third hello", 4)),
    loop.create_task(stop_after(loop, 3)),
]
loop.run_forever()

pending = [task for task in tasks if not task.done()]
for task in pending:
    task.cancel()
loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))  # (2)!
print(f"cancelled {len(pending)} pending task")
loop.close()
