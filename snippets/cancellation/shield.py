import asyncio


async def save(loop):
    await asyncio.sleep(3)
    print(f"{loop.time():.1f} s: order saved")
    return "order 42"


async def main():
    loop = asyncio.get_running_loop()
    saving = asyncio.create_task(save(loop))  # (1)!
    try:
        async with asyncio.timeout(1):
            await asyncio.shield(saving)  # (2)!
    except TimeoutError:
        print(f"{loop.time():.1f} s: gave up waiting, still saving")
    order = await saving  # (3)!
    print(f"{loop.time():.1f} s: {order} is safe")


asyncio.run(main())
