"""SIGINT and SIGTERM stop the bot: gently the first time, at once if need be."""

import asyncio
import logging
import signal

logger = logging.getLogger("picturebot")
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopOnSignals:
    """``async with StopOnSignals(dispatcher) as stop:`` around polling.

    Once polling runs (``stop.polling = True``), a signal stops it gently: the
    answers in progress get SHUTDOWN_TIMEOUT to finish. Before that, while
    Telegram may hang or be retried for minutes, and on a second signal, the
    block's task is cancelled: whatever it waits for, it stops now.
    """

    def __init__(self, dispatcher):
        self.dispatcher = dispatcher
        self.polling = False
        self.task: asyncio.Task | None = None  # the one to cancel, to stop at once
        self.gentle_stop: asyncio.Task | None = None
        self.cancelled = False

    async def __aenter__(self):
        self.task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for number in SIGNALS:
            loop.add_signal_handler(number, self.on_signal, number)
        return self

    def on_signal(self, number: signal.Signals) -> None:
        if self.polling and self.gentle_stop is None:
            logger.warning(
                "%s: stopping, once the answers in progress are sent", number.name
            )
            self.gentle_stop = asyncio.create_task(self.dispatcher.stop_polling())
        elif not self.cancelled:
            logger.warning("%s: stopping now", number.name)
            self.cancelled = True
            self.task.cancel()

    async def __aexit__(self, kind, error, traceback) -> bool:
        loop = asyncio.get_running_loop()
        for number in SIGNALS:
            loop.remove_signal_handler(number)
        if self.gentle_stop:  # its work is done, or was cut short by a second signal
            self.gentle_stop.cancel()
            await asyncio.wait([self.gentle_stop])
        if self.cancelled and kind is asyncio.CancelledError:
            # The end a signal asked for, not an error: swallowed, unless someone
            # else cancelled the task too (uncancel() then leaves a count above 0).
            return self.task.uncancel() == 0
        return False
