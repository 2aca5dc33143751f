"""The tasks handling an update right now, so that shutdown can wait for them."""

import asyncio
import contextlib


class InFlight:
    def __init__(self):
        self._tasks: set[asyncio.Task] = set()

    @contextlib.contextmanager
    def track(self):
        """Count the current task as in flight until the block ends."""
        task = asyncio.current_task()
        self._tasks.add(task)
        try:
            yield
        finally:
            self._tasks.discard(task)

    async def finish(self, deadline: float) -> tuple[int, int]:
        """Let the tasks in flight finish for ``deadline`` s, then cancel the late ones.

        Returns how many finished and how many were cancelled.
        """
        if not self._tasks:
            return 0, 0
        tasks = set(self._tasks)  # they leave self._tasks as they finish
        try:
            await asyncio.wait(tasks, timeout=deadline)
        finally:  # also if this wait is cancelled itself: by a second Ctrl+C, say
            late = {task for task in tasks if not task.done()}
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late)  # until each has handled its cancellation
        return len(tasks) - len(late), len(late)
