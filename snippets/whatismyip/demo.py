"""Run one way of finding the address against the same five local fakes, and time it."""

import asyncio

import aiohttp
from fake_ip_services import Fake, plain, serve
from ip_race import NoAddress
from ip_services import ServiceError

TIMEOUT = 5.0  # seconds


def five_fakes() -> list[Fake]:
    return [
        Fake("alpha", 1, status=503),
        Fake("bravo", hang=True),
        Fake("charlie", 4),
        plain("delta", 2, body="<!DOCTYPE html><title>Hello</title>"),
        plain("echo", 3),
    ]


async def attempt(find_ip, fakes):
    """Run ``find_ip(session, services)`` against the fakes: (its outcome, seconds)."""
    loop = asyncio.get_running_loop()
    # aiohttp rounds a timeout of 5 s or more up to a whole second of the loop's
    # clock; a higher ceil_threshold keeps it at 5 s exactly, on any clock.
    timeouts = aiohttp.ClientTimeout(total=TIMEOUT, ceil_threshold=TIMEOUT + 1)
    async with (
        serve(*fakes) as services,
        aiohttp.ClientSession(timeout=timeouts) as session,
    ):
        start = loop.time()
        try:
            outcome = await find_ip(session, services)
        except (NoAddress, ServiceError) as error:
            outcome = error
        return outcome, loop.time() - start


async def demo(name, find_ip, fakes=None):
    """Print what ``find_ip`` finds, when, and what each fake saw."""
    fakes = five_fakes() if fakes is None else fakes
    outcome, took = await attempt(find_ip, fakes)
    if isinstance(outcome, Exception):
        print(f"{name}: {type(outcome).__name__}: {outcome} after {took:.0f} s")
    else:
        service, ip = outcome
        print(f"{name}: {ip} from {service.name} after {took:.0f} s")
    for fake in fakes:
        seen = [f"{what} at {when:.0f} s" for what, when in fake.outcomes]
        print(f"  {fake.name:<8} {', '.join(seen) or 'never asked'}")
