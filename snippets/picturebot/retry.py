"""Every Bot API request passes here: wait out flood control, retry failures."""

import asyncio
import logging

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates

logger = logging.getLogger("picturebot")


class RetryRequests(BaseRequestMiddleware):
    def __init__(self, attempts=4, first_delay=0.5, longest_wait=30.0):
        self.attempts, self.first_delay = attempts, first_delay
        self.longest_wait = longest_wait  # what flood control may make us wait

    async def __call__(self, make_request, bot, method):
        delay = self.first_delay
        for _ in range(self.attempts - 1):
            try:
                return await _answer_of(make_request, bot, method)
            except TelegramRetryAfter as error:  # 429: Telegram says how long to wait
                wait, reason = error.retry_after, "flood control"
                if wait > self.longest_wait:
                    wait = self.longest_wait
                    reason = f"flood control asks for {error.retry_after} s, too long"
            except (TelegramServerError, TelegramNetworkError) as error:
                if isinstance(method, GetUpdates):
                    raise  # polling backs off by itself, and logs the error
                wait, delay, reason = delay, delay * 2, type(error).__name__
            logger.warning(
                "%s: %s, trying again in %.1f s", method.__api_method__, reason, wait
            )
            await asyncio.sleep(wait)
        return await _answer_of(make_request, bot, method)  # the last try


async def _answer_of(make_request, bot, method):
    """The request's result. An answer that is not the Bot API's JSON, such as the
    HTML error page of a proxy, counts as a network error: tried again, told in a line.
    """
    try:
        return await make_request(bot, method)
    except ClientDecodeError as error:
        reason = f"not an answer of the Bot API ({type(error.original).__name__})"
        raise TelegramNetworkError(method=method, message=reason) from None
