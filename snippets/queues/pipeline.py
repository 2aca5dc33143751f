import asyncio


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


async def download(urls, pages):
    while True:
        url = await urls.get()
        await asyncio.sleep(1)
        log(f"downloaded {url}")
        await pages.put(f"<html>{url}</html>")
        urls.task_done()


async def parse(pages, sizes):
    while True:
        page = await pages.get()
        await asyncio.sleep(0.5)
        sizes.append(len(page))
        pages.task_done()


async def main():
    global START
    START = asyncio.get_running_loop().time()
    urls, pages = asyncio.Queue(), asyncio.Queue(maxsize=2)
    for number in range(1, 7):
        urls.put_nowait(f"/page/{number}")
    sizes = []
    workers = [asyncio.create_task(download(urls, pages)) for _ in range(3)]
    workers.append(asyncio.create_task(parse(pages, sizes)))

    await urls.join()  # (1)!
    await pages.join()
    log(f"parsed {len(sizes)} pages, {sum(sizes)} bytes")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
