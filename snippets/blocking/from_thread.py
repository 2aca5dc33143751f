import asyncio


async def lookup(name):
    await asyncio.sleep(0.1)  # an async API: a database, a web service...
    return name.upper()


def legacy_report(loop, names):  # (1)!
    lines = []
    for name in names:
        future = asyncio.run_coroutine_threadsafe(lookup(name), loop)  # (2)!
        lines.append(future.result(timeout=1))  # (3)!
    return ", ".join(lines)


async def main():
    loop = asyncio.get_running_loop()
    report = await asyncio.to_thread(legacy_report, loop, ["ada", "alan", "grace"])
    print(report)


asyncio.run(main())
