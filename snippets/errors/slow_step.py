import asyncio
import time


async def load_settings():
    time.sleep(0.3)  # (1)!
    return {"debug": True}


async def main():
    print(await load_settings())


asyncio.run(main(), debug=True)  # (2)!
