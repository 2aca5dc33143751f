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


async def demo(name, find_ip, fakes=None):
    """Print what ``find_ip(session, services)`` finds, when, and what the fakes saw."""
    fakes = five_fakes() if fakes is None else fakes
    loop = asyncio.get_running_loop()
    timeouts = aiohttp.ClientTimeout(total=TIMEOUT)
    async with (
        serve(*fakes) as services,
        aiohttp.ClientSession(timeout=timeouts) as session,
    ):
        start = loop.time()
        try:
            service, ip = await find_ip(session, services)
            result = f"{ip} from {service.name}"
        except (NoAddress, ServiceError) as error:
            result = f"{type(error).__name__}: {error}"
        print(f"{name}: {result} after {loop.time() - start:.1f} s")
    for fake in fakes:
        print(f"  {fake.name:<8} {', '.join(fake.outcomes) or 'never asked'}")
