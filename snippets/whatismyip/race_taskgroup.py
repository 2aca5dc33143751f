import asyncio
import functools

from demo import TIMEOUT, demo
from ip_race import NoAddress
from ip_services import ServiceError, fetch_ip


async def first_in_group(session, services, timeout):
    """The first valid address; the winner cancels the other tasks of its group."""
    found = []
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}

    async def ask(service):
        try:
            ip = await fetch_ip(session, service)
        except ServiceError as error:
            reasons[service.name] = str(error)
            return
        found.append((service, ip))
        for task in tasks:
            if task is not asyncio.current_task():  # (1)!
                task.cancel()

    try:
        async with asyncio.timeout(timeout), asyncio.TaskGroup() as group:
            tasks = [group.create_task(ask(service)) for service in services]
    except TimeoutError:  # (2)!
        pass
    if found:
        return found[0]
    raise NoAddress(reasons)


if __name__ == "__main__":
    find_ip = functools.partial(first_in_group, timeout=TIMEOUT)
    asyncio.run(demo("TaskGroup", find_ip))
