"""An update aiogram cannot read would stop polling for good: skip it, log it, go on."""

import logging

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import ClientDecodeError
from aiogram.methods import GetUpdates
from aiogram.types import Update
from pydantic import ValidationError

logger = logging.getLogger("picturebot")


class SkipUnreadableUpdates(BaseRequestMiddleware):
    """aiogram reads all the updates of a getUpdates answer at once, and one it cannot
    read fails them all: polling would then fetch the same updates again and again.
    Here they are read one by one instead, and the unreadable ones are passed over.
    """

    def __init__(self):
        self.skip_below = 0  # the update_id after the last one skipped

    async def __call__(self, make_request, bot, method):
        if not isinstance(method, GetUpdates):
            return await make_request(bot, method)
        # An offset past the skipped updates tells Telegram not to send them again.
        method.offset = max(method.offset or 0, self.skip_below)
        try:
            return await make_request(bot, method)
        except ClientDecodeError as error:
            raw_updates = _raw_updates(error.data)
            if raw_updates is None:
                raise  # not even a list of updates: polling tries again later
        updates = []
        for raw in raw_updates:
            try:
                updates.append(Update.model_validate(raw, context={"bot": bot}))
            except ValidationError as problem:
                first = problem.errors()[0]  # where and what, without the content
                where = ".".join(map(str, first["loc"]))
                logger.error(
                    "update %d skipped, aiogram cannot read it: %s: %s",
                    raw["update_id"],
                    where,
                    first["msg"],
                )
                self.skip_below = raw["update_id"] + 1
        return updates


def _raw_updates(data: object) -> list[dict] | None:
    """The updates of a getUpdates answer, if each has at least its update_id."""
    result = data.get("result") if isinstance(data, dict) else None
    if isinstance(result, list) and all(
        isinstance(update, dict) and isinstance(update.get("update_id"), int)
        for update in result
    ):
        return result
    return None
