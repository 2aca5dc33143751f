import trio
import trio.testing
from anyio_breakfast import main

trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
