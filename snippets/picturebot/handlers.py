"""What the bot answers. aiogram runs each update in a task of its own."""

import asyncio
import contextlib
import logging
import re
import unicodedata

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import Command
from aiogram.types import BufferedInputFile, Message
from pictures import LookupFailed, PictureFinder

logger = logging.getLogger("picturebot")
router = Router(name="pictures")

MAX_QUERY = 100  # characters of a message used as the search
SOURCES = {
    "openverse": "Openverse, a library of openly licensed pictures",
    "wikimedia": "Wikimedia Commons",
    "rendered": "my own brush: I draw the word",
}
# What people send; the rest are service messages, such as "Ann joined the group".
SENT_BY_PEOPLE = set(
    "text photo sticker animation video video_note voice audio document "
    "location venue contact poll dice".split()
)


def words_of(text: str) -> str:
    """What to search for: the text in single spaces, at most MAX_QUERY characters,
    without invisible ones (Unicode's "format" characters: a zero-width space...)."""
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(visible.split())[:MAX_QUERY]


@router.message(Command("start", "help"))
async def greet(message: Message, provider_name: str) -> None:
    await message.reply(
        "Hi! Send me a word, and I will answer with a picture of it.\n"
        f"The pictures come from {SOURCES[provider_name]}; "
        "each caption says who made it and under which licence."
    )


@router.message(Command(re.compile(".*")))  # any other command for this bot
async def unknown_command(message: Message) -> None:
    await message.reply(
        "I know /start and /help. For a picture, send a word, without the slash."
    )


@router.message(F.text.startswith("/"))  # /help@other_bot, in a group
async def command_for_another_bot(message: Message) -> None:
    """Not for this bot: no answer."""


@router.message(F.text.func(words_of))  # text with something visible in it
async def send_picture(message: Message, bot: Bot, finder: PictureFinder) -> None:
    word = words_of(message.text)
    try:
        async with showing_action(bot, message.chat.id, ChatAction.UPLOAD_PHOTO):
            picture = await finder.find(word)
    except TimeoutError:
        await message.reply("The picture service took too long. Please try again.")
        return
    except LookupFailed as error:
        logger.warning(
            "chat %s: the picture service failed: %s", message.chat.id, error
        )
        await message.reply("The picture service is not working right now. Sorry!")
        return
    if picture is None:
        await message.reply(f"I found no picture for “{word}”. Try another word?")
        return
    photo = BufferedInputFile(picture.image, filename="picture")
    try:
        await message.reply_photo(photo, caption=picture.caption)
    except TelegramBadRequest as error:  # for example, an image Telegram cannot read
        logger.warning(
            "chat %s: Telegram refused the picture: %s", message.chat.id, error
        )
        await message.reply("I found a picture, but Telegram would not take it. Sorry!")


@router.message(F.content_type.in_(SENT_BY_PEOPLE))  # service messages: no answer
async def hint(message: Message) -> None:
    await message.reply("Send me a word, as text, and I will find a picture for it.")


@contextlib.asynccontextmanager
async def showing_action(bot: Bot, chat_id: int, action: ChatAction):
    """Show "sending a photo…" in the chat until the block ends, from its own task."""

    async def keep_showing() -> None:
        while True:
            with contextlib.suppress(TelegramAPIError):  # nice to have, not needed
                await bot.send_chat_action(chat_id=chat_id, action=action)
            await asyncio.sleep(4.5)  # Telegram shows it for 5 s at most

    task = asyncio.create_task(keep_showing())
    try:
        yield
    finally:
        task.cancel()
        await asyncio.wait([task])  # until it has stopped
