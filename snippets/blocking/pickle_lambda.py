import asyncio
from concurrent.futures import ProcessPoolExecutor


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, lambda: 6 * 7))


if __name__ == "__main__":
    asyncio.run(main())
