"""Ask every service at once; the first valid address wins, the others are cancelled."""

import asyncio

import aiohttp
from ip_services import Service, ServiceError, fetch_ip


class NoAddress(Exception):
    """No service gave an address in time; ``reasons`` says why, by service name."""

    def __init__(self, reasons: dict[str, str]):
        super().__init__(reasons)
        self.reasons = reasons


async def first_ip(
    session: aiohttp.ClientSession,
    services: list[Service],
    timeout: float,
    *,
    public=False,
) -> tuple[Service, str]:
    """The first valid address any service gives, and that service."""
    tasks = {
        asyncio.create_task(fetch_ip(session, s, public=public)): s for s in services
    }
    pending = set(tasks)
    reasons = {service.name: f"no answer within {timeout:g} s" for service in services}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        while pending:
            left = deadline - loop.time()
            done, pending = await asyncio.wait(
                pending, timeout=left, return_when=asyncio.FIRST_COMPLETED
            )
            if not done:  # (1)!
                break
            for task in [t for t in tasks if t in done]:  # (2)!
                try:
                    return tasks[task], task.result()
                except ServiceError as error:  # (3)!
                    reasons[tasks[task].name] = str(error)
    finally:
        await cancel_all(tasks)  # (4)!
    raise NoAddress(reasons)


async def cancel_all(tasks):
    """Cancel the tasks still running, and wait until every task has finished."""
    for task in tasks:
        task.cancel()  # (5)!
    await asyncio.gather(*tasks, return_exceptions=True)  # (6)!
