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
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:  # 429: Telegram says how long to wait
                if attempt == self.attempts:
                    raise
                wait = error.retry_after
                reason = "flood control"
            except (TelegramServerError, TelegramNetworkError) as error:
                # Polling has a back-off of its own (and logs it): let it see the error.
                if attempt == self.attempts or isinstance(method, GetUpdates):
                    raise
                wait, delay = delay, delay * 2
                reason = type(error).__name__
            logger.warning(
                "%s: %s, trying again in %.1f s", method.__api_method__, reason, wait
            )
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")
