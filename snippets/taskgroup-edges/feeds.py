import asyncio
import contextlib


class StopGroup(Exception):
    """Raised on purpose, to end a TaskGroup early."""


def log(message):
    """Print the message after the seconds elapsed since main() started."""
    elapsed = asyncio.get_running_loop().time() - START
    print(f"{elapsed:.1f} s: {message}")


SECONDS_BETWEEN_PRICES = {"EUR": 0.4, "USD": 0.7, "BAD": 0.6}


async def feed(symbol, prices):
    for price in range(100, 200):
        await asyncio.sleep(SECONDS_BETWEEN_PRICES[symbol])
        if symbol == "BAD":
            raise ConnectionError(f"the {symbol} feed went away")
        await prices.put(f"{symbol} {price}")


@contextlib.asynccontextmanager
async def merged(*symbols):
    prices = asyncio.Queue()
    try:
        async with asyncio.TaskGroup() as group:
            for symbol in symbols:
                group.create_task(feed(symbol, prices))
            yield prices  # (1)!
            raise StopGroup  # (2)!
    except* StopGroup:
        pass


async def watch(*symbols, wanted):
    try:
        async with merged(*symbols) as prices:
            for _ in range(wanted):
                log(await prices.get())
        log("watch: got what it wanted")
    except* ConnectionError as errors:
        log(f"watch: {errors.exceptions[0]}")


async def main():
    global START
    START = asyncio.get_running_loop().time()
    await watch("EUR", "USD", wanted=3)
    await watch("EUR", "BAD", wanted=3)


asyncio.run(main())
