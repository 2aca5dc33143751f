"""The picture bot: send it a word, it answers with a matching picture.

Run it with ``BOT_TOKEN=... python snippets/picturebot/bot.py``;
docs/projects/picturebot.md lists every setting.
"""

import asyncio
import logging
import sys

from redact import hide_secrets
from settings import load_settings

logger = logging.getLogger("picturebot")


def main() -> int:
    settings = load_settings()  # exits with code 2 and one line if a setting is wrong
    hide_secrets(settings.secrets)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        return start(settings)
    except KeyboardInterrupt:  # Ctrl+C before polling.py took the signals over
        return 0


def start(settings) -> int:
    """Run the bot; one line and exit code 1 if Telegram does not let it start."""
    # aiogram takes seconds to import: only now, so that bad settings are told at once.
    from aiogram.exceptions import (
        TelegramAPIError,
        TelegramNetworkError,
        TelegramUnauthorizedError,
    )
    from polling import run

    try:
        asyncio.run(run(settings))
    except TelegramUnauthorizedError:
        logger.error(
            "Telegram does not accept this BOT_TOKEN: check it with @BotFather"
        )
    except TelegramNetworkError as error:
        logger.error("cannot reach Telegram (%s); is BOT_PROXY needed?", error)
    except TelegramAPIError as error:  # a lasting 5xx; a wrong TELEGRAM_API_BASE
        first_line = str(error).splitlines()[0]
        logger.error("Telegram did not let the bot start: %s", first_line)
    else:
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
