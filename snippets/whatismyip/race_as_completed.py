import asyncio
import functools

from demo import TIMEOUT, demo
from ip_race import NoAddress, cancel_all
from ip_services import ServiceError, fetch_ip


async def ask(session, service):
    """fetch_ip, with the service attached to its answer or its failure."""
    try:
        return service, await fetch_ip(session, service), None
    except ServiceError as error:
        return service, None, str(error)


async def first_as_completed(session, services, timeout):
    """The first valid address, taking the answers in the order they arrive."""
    tasks = [asyncio.create_task(ask(session, service)) for service in services]
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}
    try:
        for next_answer in asyncio.as_completed(tasks, timeout=timeout):  # (1)!
            service, ip, reason = await next_answer
            if ip is not None:
                return service, ip
            reasons[service.name] = reason
    except TimeoutError:  # (2)!
        pass
    finally:
        await cancel_all(tasks)
    raise NoAddress(reasons)


if __name__ == "__main__":
    find_ip = functools.partial(first_as_completed, timeout=TIMEOUT)
    asyncio.run(demo("as_completed", find_ip))
