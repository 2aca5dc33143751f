import asyncio


def fetch(url):
    """Start a pretend download; return at once a future that gets the page later."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    page = f"<!doctype html><title>{url}</title><p>Hello from a pretend web server."
    loop.call_later(1, future.set_result, page)  # (1)!
    return future


def handle_response(future):  # (2)!
    print(f"{future.result():.70}...")


async def main():
    future = fetch("https://ya.ru/")
    future.add_done_callback(handle_response)  # (3)!
    print("fetch() has returned; the page is on its way")
    await future  # (4)!


asyncio.run(main())
