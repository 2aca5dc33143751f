import asyncio


async def fetch_price():
    await asyncio.sleep(1)
    return 42


async def main():
    price = fetch_price()  # (1)!
    print("price:", price)


asyncio.run(main())
