"""Start the picture bot and stop it cleanly: its whole life, on one event loop."""

import logging

import aiohttp
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import AiogramError
from handlers import router
from inflight import InFlight
from pictures import USER_AGENT, PictureFinder, make_provider
from retry import RetryRequests
from stopping import StopOnSignals
from unreadable import SkipUnreadableUpdates

logger = logging.getLogger("picturebot")


def make_bot(settings) -> Bot:
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_base),
        proxy=settings.proxy,  # None, or socks5://... or http://...
    )
    session.middleware(RetryRequests(longest_wait=settings.flood_wait_limit))
    session.middleware(SkipUnreadableUpdates())  # inside: sees aiogram's errors first
    # A reply still goes out if the user has deleted the message it answers.
    default = DefaultBotProperties(allow_sending_without_reply=True)
    return Bot(settings.token, session=session, default=default)


async def run(settings) -> None:
    """Poll Telegram until SIGINT or SIGTERM, then finish the work in flight."""
    in_flight = InFlight()
    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    stop = StopOnSignals(dispatcher)

    @dispatcher.update.outer_middleware
    async def track(handler, update, data):
        with in_flight.track():
            try:
                return await handler(update, data)
            except AiogramError as error:  # Telegram refused, even after retries
                first_line = str(error).splitlines()[0]
                logger.error(
                    "update %d got no answer: %s: %s",
                    update.update_id,
                    type(error).__name__,
                    first_line,
                )

    @dispatcher.startup()
    async def start(bot: Bot) -> None:
        await bot.delete_webhook()  # polling and a webhook exclude each other
        stop.polling = True

    @dispatcher.shutdown()
    async def finish() -> None:
        # Polling has stopped; the sessions are still open until this returns.
        finished, cancelled = await in_flight.finish(settings.shutdown_timeout)
        logger.info("%d update(s) finished after the stop signal", finished)
        if cancelled:
            logger.warning(
                "%d update(s) cancelled, still running after %.1f s",
                cancelled,
                settings.shutdown_timeout,
            )

    bot = make_bot(settings)
    headers = {"User-Agent": USER_AGENT}
    async with aiohttp.ClientSession(headers=headers) as pictures_session:
        provider = make_provider(settings, pictures_session)
        finder = PictureFinder(provider, parallel=4, timeout=settings.picture_timeout)
        try:
            async with stop:  # SIGINT and SIGTERM are ours, not aiogram's
                # Keyword arguments reach the handlers that ask for them by name.
                await dispatcher.start_polling(
                    bot,
                    handle_signals=False,
                    finder=finder,
                    provider_name=settings.picture_provider,
                )
        finally:
            await bot.session.close()  # done already, unless polling never started
