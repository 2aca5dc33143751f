import asyncio

from demo import demo
from ip_race import NoAddress
from ip_services import ServiceError, fetch_ip


async def sequential(session, services):
    """Ask one service after another, until one gives an address."""
    reasons = {}
    for service in services:
        try:
            return service, await fetch_ip(session, service)
        except ServiceError as error:
            reasons[service.name] = str(error)
    raise NoAddress(reasons)


if __name__ == "__main__":
    asyncio.run(demo("sequential", sequential))
