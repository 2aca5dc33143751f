import asyncio


async def download(urls, pages):
    loop = asyncio.get_running_loop()
    while True:
        url = await urls.get()
        await asyncio.sleep(1)
        print(f"{loop.time():.1f} s: downloaded {url}")
        await pages.put(f"<html>{url}</html>")
        urls.task_done()


async def parse(pages, sizes):
    while True:
        page = await pages.get()
        await asyncio.sleep(0.5)
        sizes.append(len(page))
        pages.task_done()


async def main():
    loop = asyncio.get_running_loop()
    urls, pages = asyncio.Queue(), asyncio.Queue(maxsize=2)
    for number in range(1, 7):
        urls.put_nowait(f"/page/{number}")
    sizes = []
    workers = [asyncio.create_task(download(urls, pages)) for _ in range(3)]
    workers.append(asyncio.create_task(parse(pages, sizes)))

    await urls.join()  # (1)!
    await pages.join()
    print(f"{loop.time():.1f} s: parsed {len(sizes)} pages, {sum(sizes)} bytes")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
