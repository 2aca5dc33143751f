"""Run one way of finding the address against the same five local fakes, and time it."""

import asyncio

import aiohttp
from fake_ip_services import Fake, plain, serve
from ip_race import NoAddress
from ip_services import ServiceError

TIMEOUT = 2.0  # seconds


def five_fakes() -> list[Fake]:
    return [
        Fake("alpha", 0.1, status=503),
        Fake("bravo", hang=True),
        Fake("charlie", 0.5),
        plain("delta", 0.2, body="<!DOCTYPE html><title>Hello</title>"),
        plain("echo", 0.3),
    ]


async def attempt(find_ip, fakes):
    """Run ``find_ip(session, services)`` against the fakes: (its outcome, seconds)."""
    loop = asyncio.get_running_loop()
    timeouts = aiohttp.ClientTimeout(total=TIMEOUT)
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
        print(f"{name}: {type(outcome).__name__}: {outcome} after {took:.1f} s")
    else:
        service, ip = outcome
        print(f"{name}: {ip} from {service.name} after {took:.1f} s")
    for fake in fakes:
        print(f"  {fake.name:<8} {', '.join(fake.outcomes) or 'never asked'}")
