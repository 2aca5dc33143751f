import asyncio
import functools

from demo import TIMEOUT, demo
from ip_race import NoAddress, cancel_all
from ip_services import ServiceError, fetch_ip


async def first_as_completed(session, services, timeout):
    """The first valid address, taking the tasks in the order they finish."""
    tasks = {asyncio.create_task(fetch_ip(session, s)): s for s in services}
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}
    try:
        async for task in asyncio.as_completed(tasks, timeout=timeout):  # (1)!
            try:
                return tasks[task], task.result()
            except ServiceError as error:
                reasons[tasks[task].name] = str(error)
    except TimeoutError:
        pass
    finally:
        await cancel_all(tasks)
    raise NoAddress(reasons)


if __name__ == "__main__":
    find_ip = functools.partial(first_as_completed, timeout=TIMEOUT)
    asyncio.run(demo("as_completed", find_ip))
