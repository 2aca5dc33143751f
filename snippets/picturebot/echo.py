"""An echo bot on aiogram 3: BOT_TOKEN=... python snippets/picturebot/echo.py"""

import asyncio
import logging

from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command
from aiogram.types import Message
from redact import hide_secrets
from settings import load_settings

dispatcher = Dispatcher()


@dispatcher.message(Command("start", "help"))
async def send_welcome(message: Message) -> None:
    await message.reply("Hi!\nI'm EchoBot!\nPowered by aiogram.")


@dispatcher.message(F.text)
async def echo(message: Message) -> None:
    await message.reply(message.text)


async def main() -> None:
    settings = load_settings()  # BOT_TOKEN, and where the Bot API is
    hide_secrets(settings.secrets)  # the token never shows in a log line
    logging.basicConfig(level=logging.INFO)
    api = TelegramAPIServer.from_base(settings.telegram_api_base)
    bot = Bot(settings.token, session=AiohttpSession(api=api, proxy=settings.proxy))
    await dispatcher.start_polling(bot)  # until Ctrl+C


if __name__ == "__main__":
    asyncio.run(main())
