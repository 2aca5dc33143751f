"""job.py, cleaning up on SIGTERM as it does on Ctrl+C."""

import asyncio
import signal
import sys

from job import main as job


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)  # (1)!
    await job()


try:
    asyncio.run(main())
except asyncio.CancelledError:  # (2)!
    sys.exit(128 + signal.SIGTERM)
