import asyncio
import functools
import ipaddress

from demo import TIMEOUT, demo
from fake_ip_services import Fake, plain
from ip_race import NoAddress, cancel_all
from race_as_completed import ask


async def prefer_ipv4(session, services, timeout):
    """An IPv4 address if any service gives one in time, else an IPv6 one."""
    tasks = [asyncio.create_task(ask(session, service)) for service in services]
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}
    ipv6 = None
    try:
        for next_answer in asyncio.as_completed(tasks, timeout=timeout):
            service, ip, reason = await next_answer
            if ip is None:
                reasons[service.name] = reason
            elif ipaddress.ip_address(ip).version == 4:
                return service, ip
            elif ipv6 is None:
                ipv6 = service, ip  # (1)!
    except TimeoutError:
        pass
    finally:
        await cancel_all(tasks)
    if ipv6 is not None:
        return ipv6
    raise NoAddress(reasons)


async def main():
    find_ip = functools.partial(prefer_ipv4, timeout=TIMEOUT)
    ipv6 = '{"ip": "2001:db8::7"}'
    await demo("prefer IPv4", find_ip, [Fake("ipv6", 1, ipv6), plain("ipv4", 3)])
    await demo(
        "prefer IPv4", find_ip, [Fake("ipv6", 1, ipv6), Fake("stuck", hang=True)]
    )


asyncio.run(main())
