import asyncio

from demo import demo
from ip_race import NoAddress
from ip_services import fetch_ip


async def gather_all(session, services):
    """Ask every service at once, wait for all the answers, then pick one."""
    answers = await asyncio.gather(
        *(fetch_ip(session, service) for service in services),
        return_exceptions=True,  # (1)!
    )
    for service, answer in zip(services, answers):
        if isinstance(answer, str):
            return service, answer
    raise NoAddress({s.name: str(answer) for s, answer in zip(services, answers)})


if __name__ == "__main__":
    asyncio.run(demo("gather", gather_all))
