import asyncio

from anyio_breakfast import main

asyncio.run(main())
