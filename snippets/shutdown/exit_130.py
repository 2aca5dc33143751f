"""job.py, with Ctrl+C turned into exit status 130, without a traceback."""

import asyncio
import sys

from job import main

try:
    asyncio.run(main())
except KeyboardInterrupt:
    sys.exit(130)
