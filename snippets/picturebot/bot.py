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
    # aiogram takes seconds to import: only now, so that bad settings are told at once.
    from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
    from polling import run

    try:
        asyncio.run(run(settings))
    except TelegramUnauthorizedError:
        logger.error(
            "Telegram does not accept this BOT_TOKEN: check it with @BotFather"
        )
        return 1
    except TelegramNetworkError as error:
        logger.error("cannot reach Telegram (%s); is BOT_PROXY needed?", error)
        return 1
    except KeyboardInterrupt:  # Ctrl+C before polling started
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
