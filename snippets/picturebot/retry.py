"""Every Bot API request passes here: wait out flood control, retry failures."""

import asyncio
import logging

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import (
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates

logger = logging.getLogger("picturebot")


class RetryRequests(BaseRequestMiddleware):
    def __init__(self, attempts: int = 4, first_delay: float = 0.5):
        self.attempts, self.first_delay = attempts, first_delay

    async def __call__(self, make_request, bot, method):
        delay = self.first_delay
        for _ in range(self.attempts - 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:  # 429: Telegram says how long to wait
                wait, reason = error.retry_after, "flood control"
            except (TelegramServerError, TelegramNetworkError) as error:
                if isinstance(method, GetUpdates):
                    raise  # polling backs off by itself, and logs the error
                wait, delay, reason = delay, delay * 2, type(error).__name__
            logger.warning(
                "%s: %s, trying again in %.1f s", method.__api_method__, reason, wait
            )
            await asyncio.sleep(wait)
        return await make_request(bot, method)  # the last try: its error goes up
