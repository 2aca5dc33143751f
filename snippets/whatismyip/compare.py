import asyncio
import functools

from demo import TIMEOUT, attempt, five_fakes
from fake_ip_services import Fake, plain
from gather import gather_all
from ip_race import NoAddress, first_ip
from sequential import sequential

WAYS = {
    "sequential": sequential,
    "gather": gather_all,
    "race": functools.partial(first_ip, timeout=TIMEOUT),
}


# Services that answer after the given seconds, in the order they are listed.
SCENARIOS = {
    "1, 2, 3": [Fake("a", 1), Fake("b", 2), Fake("c", 3)],
    "3, 2, 1": [Fake("a", 3), Fake("b", 2), Fake("c", 1)],
    "HTTP 503 at 1, 3, 2": [Fake("a", 1, status=503), Fake("b", 3), Fake("c", 2)],
    "hangs, 1, 2": [Fake("a", hang=True), Fake("b", 1), Fake("c", 2)],
    "the walk's five fakes": five_fakes(),
    "all fail": [
        Fake("a", 1, status=503),
        plain("b", 2, body="<html>"),
        Fake("c", refuse=True),
    ],
}


async def timed(find_ip, fakes):
    """How long ``find_ip`` took against these fakes, and whether it found anything."""
    outcome, took = await attempt(find_ip, fakes)
    return f"{took:.0f} s" + (" (none)" if isinstance(outcome, NoAddress) else "")


async def main():
    print(f"{'services answer':<27}" + "".join(f"{way:>14}" for way in WAYS))
    for scenario, fakes in SCENARIOS.items():
        times = [await timed(find_ip, fakes) for find_ip in WAYS.values()]
        print(f"{scenario:<27}" + "".join(f"{took:>14}" for took in times))


asyncio.run(main())
