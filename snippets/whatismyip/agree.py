import asyncio

import aiohttp
from fake_ip_services import Fake, plain, serve
from ip_race import NoAddress, cancel_all
from race_as_completed import ask


async def agreed_ip(session, services, timeout):
    """The first address that two services give, and those two services."""
    tasks = [asyncio.create_task(ask(session, service)) for service in services]
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}
    first_to_say = {}  # address -> the first service that gave it
    try:
        for next_answer in asyncio.as_completed(tasks, timeout=timeout):
            service, ip, reason = await next_answer
            if ip is None:
                reasons[service.name] = reason
            elif ip in first_to_say:
                return (first_to_say[ip], service), ip
            else:
                first_to_say[ip] = service
                reasons[service.name] = f"nobody else said {ip}"
    except TimeoutError:
        pass
    finally:
        await cancel_all(tasks)
    raise NoAddress(reasons)


async def main():
    loop = asyncio.get_running_loop()
    fakes = [
        Fake("liar", 1, body='{"ip": "198.51.100.1"}'),
        Fake("alpha", 2),
        plain("bravo", 3),
        Fake("charlie", 4),
    ]
    timeouts = aiohttp.ClientTimeout(total=4)
    async with (
        serve(*fakes) as services,
        aiohttp.ClientSession(timeout=timeouts) as session,
    ):
        start = loop.time()
        (first, second), ip = await agreed_ip(session, services, timeout=4)
        took = loop.time() - start
        print(f"{ip}: {first.name} and {second.name} agree after {took:.0f} s")


asyncio.run(main())
