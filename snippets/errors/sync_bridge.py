import asyncio


async def fetch_price():
    await asyncio.sleep(0.1)
    return 42


def price_with_run():
    return asyncio.run(fetch_price())


def price_with_run_until_complete():
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(fetch_price())


def price_with_new_loop():
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(fetch_price())
    finally:
        loop.close()


async def main():
    try:
        print(price_with_run())
    except RuntimeError as error:
        print(f"price_with_run: RuntimeError: {error}")
    try:
        print(price_with_run_until_complete())
    except RuntimeError as error:
        print(f"price_with_run_until_complete: RuntimeError: {error}")
    try:
        print(price_with_new_loop())
    except RuntimeError as error:
        print(f"price_with_new_loop: RuntimeError: {error}")


asyncio.run(main())
