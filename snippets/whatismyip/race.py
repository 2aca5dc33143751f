import asyncio
import functools

from demo import TIMEOUT, demo
from ip_race import first_ip

if __name__ == "__main__":
    asyncio.run(demo("race", functools.partial(first_ip, timeout=TIMEOUT)))
