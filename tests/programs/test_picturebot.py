"""The picture bot of docs/projects/picturebot.md, run for real.

The unit tests import the bot's pure pieces (settings.py, pictures.py, drawing.py,
redact.py, inflight.py) and check them on answers of the shape the real
services give. The end-to-end tests start the real programs, bot.py and echo.py,
as processes, against stand-ins on 127.0.0.1 (tests/programs/picturebot_fakes.py): a
Telegram Bot API, Openverse, Wikimedia Commons, a SOCKS5 and an HTTP proxy. The bot's
handlers.py, polling.py, retry.py, stopping.py and unreadable.py are exercised
there, against services that misbehave the way real ones and attackers do. All the
processes are started at once, since each takes seconds to import aiogram.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from harness.settings import SETTINGS
from harness.snippets import imported
from tests.programs.picturebot_fakes import WRONG_SHAPES, Fault, Services, by_chat, fake_png

FOLDER = SETTINGS.snippets / "picturebot"
TOKENS = {
    "openverse": "1001:AAFopenverseSECRETpart_0123456789abcdefgh",
    "wikimedia": "1002:AAFwikimediaSECRETpart_0123456789abcdefgh",
    "rendered": "1003:AAFrenderedSECRETpart_0123456789abcdefghi",
    "echo": "1004:AAFechobotSECRETpart_0123456789abcdefghijk",
}
STARTING = {  # bots that never get to poll
    "stalled": "1007:AAFstalledSECRETpart_0123456789abcdefghij",
    "gateway": "1008:AAFgatewaySECRETpart_0123456789abcdefghij",
    "early": "1009:AAFearlySECRETpart_0123456789abcdefghijklm",
}
UNKNOWN_TOKEN = "1005:AAFunknownSECRETpart_0123456789abcdefghij"
UNREACHED_TOKEN = "1006:AAFunreachedSECRETpart_0123456789abcdefg"
PROXY_USER, PROXY_PASSWORD = "ann", "proxyPASSWORD-9876"
NOISE = ("Traceback", "never retrieved", "Unclosed", "was destroyed", "ResourceWarning")
SERVICE_FAILED = "The picture service is not working right now. Sorry!"
HINT = "Send me a word, as text, and I will find a picture for it."
# Seconds in which a bot told to stop at once must have exited. It takes some 0.7 s
# (aiogram alone sleeps 0.25 s as it closes its session), and several times that on
# a busy machine. Before stopping.py, it took minutes against a Telegram that hangs.
AT_ONCE = 5
# The most that answers of a GiB may add to the bot's memory: the cap on an image
# (10 MB), a copy of it as the chunks are joined, and some change.
MEMORY_GROWTH_MB = 50
# The first end-to-end test also waits for the processes to import aiogram.
pytestmark = pytest.mark.timeout(120)


# -- the pure pieces, imported -----------------------------------------------------


@pytest.fixture(scope="module")
def bot_modules():
    """The bot's modules, imported from its folder, and forgotten afterwards."""
    with imported(FOLDER, "settings", "pictures", "drawing", "redact", "inflight") as modules:
        yield modules


def test_settings_have_defaults_for_everything_but_the_token(bot_modules):
    settings = bot_modules["settings"].read_settings({"BOT_TOKEN": TOKENS["echo"]})
    assert settings.telegram_api_base == "https://api.telegram.org"
    assert settings.picture_provider == "openverse"
    assert settings.proxy is None
    assert settings.secrets == [TOKENS["echo"].split(":")[1]]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("BOT_TOKEN", "", "BOT_TOKEN is not set"),
        ("BOT_TOKEN", "1234:short", "BOT_TOKEN does not look like a bot token"),
        ("PICTURE_PROVIDER", "google", "PICTURE_PROVIDER must be one of openverse"),
        ("TELEGRAM_API_BASE", "ftp://example.org", "TELEGRAM_API_BASE must be an http"),
        ("OPENVERSE_API_BASE", "http://[::1", "OPENVERSE_API_BASE must be an http"),
        ("BOT_PROXY", "socks9://127.0.0.1:1080", "BOT_PROXY must look like socks5://"),
        ("BOT_PROXY", "socks5://127.0.0.1:port", "BOT_PROXY must look like socks5://"),
        ("BOT_PROXY", "socks5://127.0.0.1", "BOT_PROXY must look like socks5://"),  # no port
        ("PICTURE_TIMEOUT", "soon", "PICTURE_TIMEOUT must be a number of seconds"),
        ("SHUTDOWN_TIMEOUT", "-1", "SHUTDOWN_TIMEOUT must be a number of seconds"),
        ("FLOOD_WAIT_LIMIT", "forever", "FLOOD_WAIT_LIMIT must be a number of seconds"),
    ],
)
def test_a_wrong_setting_is_named_without_repeating_its_value(bot_modules, name, value, message):
    settings = bot_modules["settings"]
    environ = {"BOT_TOKEN": TOKENS["echo"], name: value}
    with pytest.raises(settings.SettingsError) as error:
        settings.read_settings(environ)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)
    if value:
        assert value not in str(error.value)


def test_the_proxy_password_is_a_secret_too_as_written_and_as_decoded(bot_modules):
    environ = {
        "BOT_TOKEN": TOKENS["echo"],
        "BOT_PROXY": f"socks5://{PROXY_USER}:{PROXY_PASSWORD}%5B%40@127.0.0.1:1080",
    }
    secrets = bot_modules["settings"].read_settings(environ).secrets
    assert f"{PROXY_PASSWORD}%5B%40" in secrets
    assert f"{PROXY_PASSWORD}[@" in secrets  # what the proxy gets, and errors may quote


@pytest.mark.parametrize(
    "proxy",
    [
        "socks5://ann:pw[Zq9]@127.0.0.1:1080",  # urlsplit() quotes "Zq9" in its error
        "socks5://ann:pw#Zq9@127.0.0.1:1080",  # the URL would end at the #
        "socks5://ann:pw@Zq9@127.0.0.1:port",
    ],
)
def test_a_wrong_proxy_is_one_line_that_shows_no_part_of_the_password(proxy):
    # bot.py itself: settings are read before aiogram is imported, so this is quick.
    environ = {**os.environ, "BOT_TOKEN": TOKENS["echo"], "BOT_PROXY": proxy}
    done = subprocess.run(
        [sys.executable, str(FOLDER / "bot.py")], env=environ, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "bot.py: error: BOT_PROXY must look like socks5://user:password@host:port or "
        "http://host:port (percent-encode any of : / ? # @ [ ] in the password)\n"
    )


def test_secrets_stay_hidden_as_python_shuts_down():
    # At the very end, Python puts sys.__stdout__ and sys.__stderr__ back in place of
    # sys.stdout and sys.stderr, and a last warning or finaliser may still print.
    program = (
        f"import sys; sys.path.insert(0, {str(FOLDER)!r})\n"
        "from redact import hide_secrets\n"
        "hide_secrets(['Zq9secret'])\n"
        "class Late:\n"
        "    def __del__(self):\n"
        "        print('stdout at exit: Zq9secret')\n"
        "        print('stderr at exit: Zq9secret', file=sys.stderr)\n"
        "late = Late()  # destroyed as the modules are torn down\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert (done.stdout, done.stderr) == (
        "stdout at exit: <hidden>\n",
        "stderr at exit: <hidden>\n",
    )


def test_the_hiding_stream_hides_every_secret_in_whatever_is_written(bot_modules):
    shown = io.StringIO()
    stream = bot_modules["redact"].HidingStream(shown, ["s3cret", "pa55", ""])
    text = "GET http://127.0.0.1/bot42:s3cret/getMe via socks5://u:pa55@proxy\n"
    assert stream.write(text) == len(text)
    assert (
        shown.getvalue()
        == "GET http://127.0.0.1/bot42:<hidden>/getMe via socks5://u:<hidden>@proxy\n"
    )


def test_openverse_results_become_a_credited_picture(bot_modules):
    pictures = bot_modules["pictures"]
    from tests.programs.picturebot_fakes import openverse_response

    [found] = pictures.parse_openverse(openverse_response("cat", "https://example.org/cat.jpg"))
    assert found.image_url == "https://example.org/cat.jpg"  # the thumbnail, not the original
    assert found.credit.caption() == (
        "“A cat in the sun” by Ann Example\n"
        "Licence: CC BY-SA 2.0 https://creativecommons.org/licenses/by-sa/2.0/\n"
        "Source: https://www.flickr.com/photos/ann/3"
    )
    assert pictures.parse_openverse({"result_count": 0, "results": []}) == []


@pytest.mark.parametrize(
    ("code", "version", "name"),
    [("by", "4.0", "CC BY 4.0"), ("by-nc-sa", "2.0", "CC BY-NC-SA 2.0"),
     ("cc0", "1.0", "CC0 1.0"), ("pdm", "1.0", "Public Domain Mark 1.0"), ("by", None, "CC BY")],
)  # fmt: skip
def test_openverse_licence_codes_get_their_usual_names(bot_modules, code, version, name):
    result = {"thumbnail": "https://x/t.jpg", "license": code, "license_version": version}
    [found] = bot_modules["pictures"].parse_openverse({"results": [result]})
    assert found.credit.licence == name
    assert found.credit.caption() == f"“Untitled”\nLicence: {name}"


def test_wikimedia_pages_are_taken_in_rank_order_with_html_stripped(bot_modules):
    pictures = bot_modules["pictures"]
    from tests.programs.picturebot_fakes import wikimedia_response

    found = pictures.parse_wikimedia(wikimedia_response("lighthouse", "https://x/l.jpg"))
    assert [f.image_url for f in found] == ["https://x/l.jpg", "https://x/l.jpg?second"]
    assert found[0].credit.caption() == (
        "“Lighthouse at dawn” by Bea & Co\n"
        "Licence: CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0\n"
        "Source: https://commons.wikimedia.org/wiki/File:Lighthouse_at_dawn.jpg"
    )
    assert pictures.parse_wikimedia({"batchcomplete": True}) == []  # no result: no "query"


def test_a_caption_never_passes_telegrams_limit(bot_modules):
    credit = bot_modules["pictures"].Credit(
        title="t" * 5000,
        author="a" * 5000,
        licence="CC BY 4.0",
        source_url="https://x/" + "s" * 900,
    )
    caption = credit.caption()
    assert len(caption) == 1024
    assert caption.startswith("“" + "t" * 199 + "…” by " + "a" * 199 + "…\n")


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_captions_are_cut_as_telegram_counts_in_utf16_units(bot_modules):
    # 🐱 is one code point, and two UTF-16 units: Telegram counts the units.
    credit = bot_modules["pictures"].Credit(title="🐱" * 5000, source_url="🦊" * 900)
    caption = credit.caption()
    assert 1020 <= utf16_length(caption) <= 1024  # close to the limit, never past it
    first_line = caption.split("\n")[0]
    assert first_line == "“" + "🐱" * 99 + "…”"  # 199 units of 200: no half emoji
    assert caption.endswith("🦊…")


def test_drawing_covers_cyrillic_with_real_glyphs(bot_modules):
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype(bot_modules["drawing"].FONT_PATH, 40)

    def glyph(letter: str) -> bytes:
        image = Image.new("L", (60, 60))
        ImageDraw.Draw(image).text((5, 0), letter, font=font, fill=255)
        return image.tobytes()

    missing = glyph("\uffff")  # what the font draws for a letter it does not have
    glyphs = {glyph(letter) for letter in "кошЖЯ"}
    assert missing not in glyphs
    assert len(glyphs) == 5
    # Pillow's own font has no Cyrillic: the reason the bot needs Open Sans.
    font = ImageFont.load_default(size=40)
    assert glyph("ж") == glyph("\uffff") != glyph("z")


def test_the_picture_on_the_page_is_what_the_bot_draws(bot_modules):
    shown = Image.open(
        io.BytesIO((SETTINGS.root / "docs/projects/picturebot-koshka.png").read_bytes())
    )
    drawn = Image.open(io.BytesIO(bot_modules["drawing"].draw_word("кошка")))
    assert shown.size == drawn.size
    assert (shown.mode, shown.tobytes()) == (drawn.mode, drawn.tobytes())


def test_drawing_a_word_gives_a_png_of_that_word_that_fits(bot_modules):
    draw_word = bot_modules["drawing"].draw_word
    image = Image.open(io.BytesIO(draw_word("кот")))
    assert (image.format, image.size) == ("PNG", (800, 450))
    assert draw_word("кот") == draw_word("кот")
    assert draw_word("кот") != draw_word("кит")
    long_text = Image.open(io.BytesIO(draw_word("слово " * 16)))
    background = long_text.getpixel((0, 0))
    inked = Image.eval(
        long_text.convert("L"), lambda v: 255 * (v != long_text.convert("L").getpixel((0, 0)))
    )
    left, top, right, bottom = inked.getbbox()
    assert left >= 40 and top >= 40 and right <= 760 and bottom <= 410, (
        background,
        inked.getbbox(),
    )


def test_finishing_waits_for_tasks_then_cancels_the_late_ones(bot_modules):
    InFlight = bot_modules["inflight"].InFlight

    async def main():
        in_flight = InFlight()
        cancelled = []

        async def handle(seconds):
            with in_flight.track():
                try:
                    await asyncio.sleep(seconds)
                except asyncio.CancelledError:
                    cancelled.append(seconds)
                    raise

        tasks = [asyncio.create_task(handle(s)) for s in (0.01, 0.02, 5)]
        await asyncio.sleep(0)
        counts = await in_flight.finish(0.1)
        assert all(task.done() for task in tasks)
        return counts, cancelled, await in_flight.finish(0.1)

    assert asyncio.run(main()) == ((2, 1), [5], (0, 0))


# -- the bots, running -------------------------------------------------------------


class BotProcess:
    def __init__(self, script: str, token: str, env: dict[str, str], log: Path):
        self.token, self.log = token, log
        self.secret = token.split(":")[1]
        self.stopped: tuple[int, float] | None = None  # the exit code, and how long it took
        environ = {**os.environ, **env, "BOT_TOKEN": token, "PYTHONUNBUFFERED": "1"}
        with log.open("w") as output:
            self.process = subprocess.Popen(
                [sys.executable, "-W", "default", str(FOLDER / script)],
                cwd=SETTINGS.root,
                env=environ,
                stdout=output,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text()

    def wait_for_log(self, text: str, timeout: float = 10) -> str:
        """Wait until the bot has logged ``text``; the output so far."""
        deadline = time.monotonic() + timeout
        while text not in (output := self.output()):
            assert time.monotonic() < deadline, f"{text!r} not in:\n{output}"
            time.sleep(0.02)
        return output

    def stop(self, how=signal.SIGINT, timeout: float = 15) -> tuple[int, float]:
        """Send ``how``; the exit code, and how long it took to exit."""
        started = time.monotonic()
        self.process.send_signal(how)
        code = self.process.wait(timeout)
        return code, time.monotonic() - started

    def memory_mb(self, kind: str) -> float:
        """The memory of the process now ("VmRSS"), or the most it has held ("VmHWM")."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(rf"{kind}:\s+(\d+) kB", status)[1]) / 1024

    def wait_until_importing_aiogram(self, timeout: float = 30) -> None:
        """Until the process is in the middle of importing aiogram.

        aiogram loads pydantic's compiled core first, then spends some two seconds
        building its types. (Not in the core's first milliseconds: a KeyboardInterrupt
        there makes it panic, a thing of that library that the bot cannot help.)
        """
        maps = Path(f"/proc/{self.process.pid}/maps")
        deadline = time.monotonic() + timeout
        while "pydantic_core" not in maps.read_text():
            assert time.monotonic() < deadline, "aiogram is not being imported"
            time.sleep(0.005)
        time.sleep(0.2)

    def assert_clean(self) -> str:
        output = self.output()
        assert self.secret not in output
        assert PROXY_PASSWORD not in output
        for noise in NOISE:
            assert noise not in output, output
        return output


@pytest.fixture(scope="module")
def services():
    services = Services([*TOKENS.values(), *STARTING.values()], PROXY_USER, PROXY_PASSWORD)
    services.start()
    yield services
    services.stop()


@pytest.fixture(scope="module")
def bots(services, tmp_path_factory):
    logs = tmp_path_factory.mktemp("picturebot")
    common = {
        "TELEGRAM_API_BASE": services.telegram_url,
        "OPENVERSE_API_BASE": f"{services.pictures_url}/openverse",
        "WIKIMEDIA_API_BASE": f"{services.pictures_url}/wikimedia/w/api.php",
        "PICTURE_TIMEOUT": "1",
        "FLOOD_WAIT_LIMIT": "1.2",
    }
    login = f"{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1"
    socks5 = f"socks5://{login}:{services.socks5_port}"
    http_proxy = f"http://{login}:{services.http_proxy_port}"
    # The rendered bot meets a Bot API in trouble from its first request on.
    services.inject(
        TOKENS["rendered"],
        Fault("deleteWebhook", "html502"),  # from a proxy in front of Telegram
        Fault("getMe", "502"),
        Fault("getUpdates", "502"),
        Fault("getUpdates", "drop"),
        Fault("getUpdates", "garbage"),
    )
    # Two never get past starting: one hangs, one meets errors every time.
    services.inject(STARTING["stalled"], Fault("deleteWebhook", "stall"))
    services.inject(
        STARTING["gateway"], *[Fault("deleteWebhook", "html502")] * 3, Fault("deleteWebhook", "502")
    )
    started = {
        "openverse": BotProcess(
            "bot.py", TOKENS["openverse"], {**common, "SHUTDOWN_TIMEOUT": "5"}, logs / "o.log"
        ),
        "wikimedia": BotProcess(
            "bot.py",
            TOKENS["wikimedia"],
            {**common, "PICTURE_PROVIDER": "wikimedia", "BOT_PROXY": socks5},
            logs / "w.log",
        ),
        "rendered": BotProcess(
            "bot.py",
            TOKENS["rendered"],
            {**common, "PICTURE_PROVIDER": "rendered", "SHUTDOWN_TIMEOUT": "1"},
            logs / "r.log",
        ),
        "echo": BotProcess(
            "echo.py", TOKENS["echo"], {**common, "BOT_PROXY": http_proxy}, logs / "e.log"
        ),
        "unknown": BotProcess("bot.py", UNKNOWN_TOKEN, common, logs / "u.log"),
        "unreached": BotProcess(
            "bot.py",
            UNREACHED_TOKEN,
            {**common, "TELEGRAM_API_BASE": closed_port()},
            logs / "n.log",
        ),
        **{
            name: BotProcess("bot.py", token, common, logs / f"{name}.log")
            for name, token in STARTING.items()
        },
    }
    try:
        # Ctrl+C while aiogram is being imported: now, while the others start.
        early = started["early"]
        early.wait_until_importing_aiogram()
        early.stopped = early.stop(signal.SIGINT)
        for name, bot in started.items():
            if name in TOKENS:
                services.wait_for(bot.token, lambda call: call.method == "getUpdates", 90)
        yield started
    finally:
        for bot in started.values():
            if bot.process.poll() is None:
                bot.process.kill()
                bot.process.wait()


def closed_port() -> str:
    """The address of a port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{unused.getsockname()[1]}"


def reply_to(update: dict):
    """A test for ``wait_for``: a call that replies to the message of ``update``."""

    def replies(call) -> bool:
        parameters = json.loads(call.fields.get("reply_parameters", "{}"))
        return parameters.get("message_id") == update["message"]["message_id"]

    return replies


def sent(services, bot, chat_id: int, method: str, nth: int = 1, **content):
    """Send a message to ``bot`` in ``chat_id``; the (nth) call of ``method`` replying to it."""
    update = services.send(bot.token, chat_id, **content)
    replying = reply_to(update)
    return services.wait_for(
        bot.token, lambda c: by_chat(chat_id, method)(c) and replying(c) and c.status, nth=nth
    )


def command(text: str) -> dict:
    """The content of a message that is a command, as Telegram marks it."""
    return {"text": text, "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}]}


def accepted_replies(services, bot, updates: list[dict]) -> None:
    """Wait until each message of ``updates`` has a reply that Telegram accepted."""
    for update in updates:
        services.wait_for(bot.token, lambda c, u=update: reply_to(u)(c) and c.status == 200)


def logged_for(bot, chat_id: int) -> str:
    """The one line the bot logged about chat ``chat_id``."""
    [line] = [line for line in bot.output().splitlines() if f"chat {chat_id}:" in line]
    return line


def unanswered(services, bot, chat_id: int, **content) -> None:
    """Send a message to ``bot`` in ``chat_id``, and check that it gets no answer."""
    update = services.send(bot.token, chat_id, **content)
    bot.wait_for_log(f"Update id={update['update_id']} is ")  # handled, or not
    assert not [call for call in services.calls(bot.token) if reply_to(update)(call)]


def test_start_and_help_say_what_to_send(services, bots):
    bot = bots["openverse"]
    for chat_id, text in [(11, "/start"), (12, "/help")]:
        call = sent(services, bot, chat_id, "sendMessage", **command(text))
        assert call.fields["text"].startswith("Hi! Send me a word, and I will answer")
        assert "Openverse" in call.fields["text"]


def test_a_word_gets_a_picture_as_a_reply_with_its_credits(services, bots):
    bot = bots["openverse"]
    call = sent(services, bot, 13, "sendPhoto", text="cat")
    assert call.attachment("photo") == fake_png("cat.png")
    assert call.fields["caption"] == (
        "“A cat in the sun” by Ann Example\n"
        "Licence: CC BY-SA 2.0 https://creativecommons.org/licenses/by-sa/2.0/\n"
        "Source: https://www.flickr.com/photos/ann/3"
    )
    action = services.wait_for(bot.token, by_chat(13, "sendChatAction"))
    assert action.fields["action"] == "upload_photo"
    assert action.at < call.at


@pytest.mark.parametrize(
    ("chat_id", "word", "answer"),
    [
        (14, "nothing", "I found no picture for “nothing”. Try another word?"),
        (15, "broken", "The picture service is not working right now. Sorry!"),
        (16, "slow", "The picture service took too long. Please try again."),
    ],
)
def test_no_picture_a_failing_or_slow_service_get_a_polite_answer(
    services, bots, chat_id, word, answer
):
    started = time.monotonic()
    call = sent(services, bots["openverse"], chat_id, "sendMessage", text=word)
    assert call.fields["text"] == answer
    assert time.monotonic() - started < 5  # "slow" is cut at PICTURE_TIMEOUT=1


@pytest.mark.parametrize(
    ("chat_id", "content"),
    [
        (17, {"sticker": {"file_id": "s1", "file_unique_id": "u", "type": "regular",
                          "width": 512, "height": 512, "is_animated": False, "is_video": False}}),
        (18, {"location": {"latitude": 59.93, "longitude": 30.31}}),
        (19, {"text": "  \n\t "}),
        (29, {"text": "\u200b\u200c\u2060\ufeff"}),  # zero-width characters only
    ],
)  # fmt: skip
def test_a_message_without_a_word_gets_a_hint(services, bots, chat_id, content):
    call = sent(services, bots["openverse"], chat_id, "sendMessage", **content)
    assert call.fields["text"] == HINT


def test_invisible_characters_are_not_searched_for(services, bots):
    sent(services, bots["openverse"], 28, "sendPhoto", text="ca\u200bt\u00ad")
    _, searches = services.picture_stats()
    assert searches[-1][1]["q"] == "cat"


def test_someone_joining_a_group_gets_no_answer(services, bots):
    ben = {"id": 7, "is_bot": False, "first_name": "Ben"}
    unanswered(services, bots["openverse"], -1001, chat_type="group", new_chat_members=[ben])
    unanswered(services, bots["openverse"], -1001, chat_type="group", left_chat_member=ben)


def test_a_command_for_another_bot_gets_no_answer(services, bots):
    unanswered(services, bots["openverse"], -1002, chat_type="group", **command("/help@other_bot"))
    greeting = sent(
        services, bots["openverse"], -1002, "sendMessage", chat_type="group",
        **command("/help@picture_test_bot"),
    )  # fmt: skip
    assert greeting.fields["text"].startswith("Hi! Send me a word")


def test_an_unknown_command_is_told_so_not_searched_for(services, bots):
    call = sent(services, bots["openverse"], 45, "sendMessage", **command("/cat"))
    assert call.fields["text"] == (
        "I know /start and /help. For a picture, send a word, without the slash."
    )
    _, searches = services.picture_stats()
    assert "/cat" not in [query.get("q") for _, query in searches]


def test_a_caption_of_emoji_fits_telegrams_limit_in_utf16_units(services, bots):
    call = sent(services, bots["openverse"], 46, "sendPhoto", text="emoji")
    assert call.status == 200  # the fake Bot API refuses captions over 1024 units
    assert 1000 < utf16_length(call.fields["caption"]) <= 1024


@pytest.mark.parametrize("word", WRONG_SHAPES)
def test_an_answer_of_the_wrong_shape_gets_the_polite_reply(services, bots, word):
    service, _ = WRONG_SHAPES[word]
    bot = bots[service]
    chat_id = 100 + list(WRONG_SHAPES).index(word)
    call = sent(services, bot, chat_id, "sendMessage", text=word)
    assert call.fields["text"] == SERVICE_FAILED
    assert "the picture service failed: WrongAnswer: " in logged_for(bot, chat_id)


def test_a_charset_that_is_no_text_encoding_is_ignored_json_is_utf8(services, bots):
    call = sent(services, bots["openverse"], 47, "sendPhoto", text="mislabelled")
    assert call.fields["caption"].startswith("“A mislabelled in the sun”")


def test_flood_control_is_waited_out_as_long_as_said_up_to_the_limit(services, bots):
    bot = bots["openverse"]  # FLOOD_WAIT_LIMIT=1.2
    asked = {20: 1, 25: 3600}  # chat: the seconds Telegram asks the bot to wait
    faults = [Fault("sendPhoto", "429", chat_id=chat, retry_after=s) for chat, s in asked.items()]
    services.inject(bot.token, *faults)
    updates = [services.send(bot.token, chat, text="dog") for chat in asked]
    accepted_replies(services, bot, updates)
    for chat, least in [(20, 1.0), (25, 1.2)]:
        refused, accepted = [c for c in services.calls(bot.token) if by_chat(chat, "sendPhoto")(c)]
        assert accepted.at - refused.at >= least
    output = bot.output()
    assert "WARNING picturebot: sendPhoto: flood control, trying again in 1.0 s" in output
    assert (
        "WARNING picturebot: sendPhoto: flood control asks for 3600 s, too long, "
        "trying again in 1.2 s"
    ) in output


def test_a_server_error_or_a_proxys_html_page_on_sending_is_retried(services, bots):
    bot = bots["openverse"]
    kinds = {21: "502", 22: "html502"}  # chat: the first answer to its sendPhoto
    services.inject(bot.token, *[Fault("sendPhoto", kind, chat_id=c) for c, kind in kinds.items()])
    updates = [services.send(bot.token, chat, text="owl") for chat in kinds]
    accepted_replies(services, bot, updates)
    for chat in kinds:
        assert len([c for c in services.calls(bot.token) if by_chat(chat, "sendPhoto")(c)]) == 2
    output = bot.output()
    assert "sendPhoto: TelegramServerError, trying again in 0.5 s" in output
    assert "sendPhoto: TelegramNetworkError, trying again in 0.5 s" in output  # the HTML


def test_a_reply_to_a_message_the_user_deleted_is_sent_all_the_same(services, bots):
    bot = bots["openverse"]
    update = services.send(bot.token, 24, text="owl", then_deleted=True)
    photo = services.wait_for(bot.token, lambda c: reply_to(update)(c) and c.status)
    assert (photo.method, photo.status) == ("sendPhoto", 200)
    assert json.loads(photo.fields["reply_parameters"])["allow_sending_without_reply"]


def test_an_answer_telegram_refuses_twice_is_one_line_in_the_log(services, bots):
    bot = bots["openverse"]
    services.inject(
        bot.token, Fault("sendPhoto", "400", chat_id=26), Fault("sendMessage", "400", chat_id=26)
    )
    update = services.send(bot.token, 26, text="owl")
    output = bot.wait_for_log(f"update {update['update_id']} got no answer")
    [line] = [line for line in output.splitlines() if "got no answer" in line]
    assert line.endswith(
        f"ERROR picturebot: update {update['update_id']} got no answer: TelegramBadRequest: "
        "Telegram server says - Bad Request: wrong type of the web page content"
    )


def test_an_update_aiogram_cannot_read_is_skipped_and_polling_goes_on(services, bots):
    bot = bots["openverse"]
    chat = {"id": 23, "type": "private"}
    unreadable = services.send_raw(
        bot.token, message={"message_id": 1, "date": "soon", "chat": chat}
    )
    sent(services, bot, 23, "sendPhoto", text="cat")  # answered: polling went on
    output = bot.output()
    assert output.count("skipped, aiogram cannot read it") == 1  # and not fetched again
    assert (
        f"ERROR picturebot: update {unreadable['update_id']} skipped, aiogram cannot read it: "
        "message.date: Input should be a valid datetime"
    ) in output


def test_many_chats_at_once_with_at_most_four_searches_in_parallel(services, bots):
    bot = bots["openverse"]
    services.reset_peak()
    chats = range(30, 38)
    started = time.monotonic()
    messages = {chat: services.send(bot.token, chat, text=f"busy{chat}") for chat in chats}
    for chat, message in messages.items():
        services.wait_for(
            bot.token,
            lambda c, chat=chat, m=message: by_chat(chat, "sendPhoto")(c) and reply_to(m)(c),
        )
    elapsed = time.monotonic() - started
    peak, _ = services.picture_stats()
    assert peak == 4  # concurrent, and bounded
    assert elapsed < 8 * 0.3  # one after the other would take 2.4 s


def test_answers_of_a_gibibyte_are_refused_in_bounded_memory(services, bots):
    bot = bots["openverse"]
    before = bot.memory_mb("VmRSS")
    hostile = {90: "bomb", 91: "endless", 92: "image-bomb"}  # 1 GiB each
    replies = {
        chat_id: sent(services, bot, chat_id, "sendMessage", text=word).fields["text"]
        for chat_id, word in hostile.items()
    }
    assert bot.memory_mb("VmHWM") - before < MEMORY_GROWTH_MB
    assert replies == dict.fromkeys(hostile, SERVICE_FAILED)
    for chat_id in hostile:
        assert "WrongAnswer: the answer is larger than" in logged_for(bot, chat_id)


def test_sigint_lets_the_update_in_flight_finish_then_exits_0(services, bots):
    bot = bots["openverse"]
    message = services.send(bot.token, 40, text="slowish")  # a 0.8 s search
    services.wait_for(bot.token, by_chat(40, "sendChatAction"))
    code, _ = bot.stop(signal.SIGINT)
    photo = services.wait_for(
        bot.token, lambda c: by_chat(40, "sendPhoto")(c) and reply_to(message)(c), 1
    )
    assert photo.fields["caption"].startswith("“A slowish in the sun”")
    assert code == 0
    output = bot.assert_clean()
    assert "SIGINT: stopping, once the answers in progress are sent" in output
    assert "1 update(s) finished after the stop signal" in output
    # Polling with offsets: no message of this bot's whole life was answered twice.
    answered = [
        (call.chat_id, json.loads(call.fields["reply_parameters"])["message_id"])
        for call in services.calls(bot.token)
        if "reply_parameters" in call.fields and call.status == 200
    ]
    assert answered
    assert len(answered) == len(set(answered))


def test_wikimedia_pictures_through_a_socks5_proxy(services, bots):
    bot = bots["wikimedia"]
    call = sent(services, bot, 60, "sendPhoto", text="lighthouse")
    assert call.attachment("photo") == fake_png("lighthouse.png")
    assert call.fields["caption"].startswith(
        "“Lighthouse at dawn” by Bea & Co\nLicence: CC BY-SA 4.0"
    )
    _, searches = services.picture_stats()
    [query] = [q for service, q in searches if q.get("gsrsearch", "").startswith("lighthouse")]
    assert query["gsrsearch"] == "lighthouse filetype:bitmap"
    assert (query["generator"], query["gsrnamespace"], query["formatversion"]) == (
        "search",
        "6",
        "2",
    )
    assert services.socks5.connections >= 1  # every Bot API call went through the proxy


def test_a_second_signal_stops_at_once_cancelling_what_still_runs(services, bots):
    bot = bots["wikimedia"]  # SHUTDOWN_TIMEOUT is 15 s, the default
    services.inject(bot.token, Fault("sendPhoto", "stall", chat_id=61))
    services.send(bot.token, 61, text="lighthouse")
    services.wait_for(bot.token, by_chat(61, "sendPhoto"))
    bot.process.send_signal(signal.SIGTERM)
    bot.wait_for_log("SIGTERM: stopping, once the answers in progress are sent")
    code, took = bot.stop(signal.SIGINT)
    assert code == 0
    assert took < AT_ONCE, took
    output = bot.assert_clean()
    assert "WARNING picturebot: SIGINT: stopping now" in output


def test_the_rendered_picture_draws_the_word_itself(services, bots, bot_modules):
    call = sent(services, bots["rendered"], 70, "sendPhoto", text="кот")
    assert call.attachment("photo") == bot_modules["drawing"].draw_word("кот")
    assert call.fields["caption"] == "“кот”, drawn by the bot"


def test_polling_survives_5xx_drops_and_garbage_and_hides_the_token(services, bots):
    bot = bots["rendered"]
    output = bot.wait_for_log("Bad status line")  # the last of the three
    assert "deleteWebhook: TelegramNetworkError, trying again in 0.5 s" in output  # the HTML
    assert output.count("Failed to fetch updates") == 3
    assert "getMe: TelegramServerError, trying again in 0.5 s" in output
    # aiohttp's error for the garbage answer names the URL, token included: hidden.
    assert "/bot1003:<hidden>/getUpdates" in output
    assert bot.secret not in output


def test_the_log_line_on_the_page_is_one_the_bot_logged(bots):
    # The page shows a line of the rendered bot's log, "..." standing for what varies.
    page = (SETTINGS.root / "docs/projects/picturebot.md").read_text()
    [shown] = re.findall(r'```text tested_by="tests/programs/test_picturebot.py"\n(.*)\n```', page)
    pattern = ".*".join(map(re.escape, re.split(r"\s*\.\.\.\s*", shown)))
    logged = bots["rendered"].wait_for_log("Bad status line").splitlines()
    assert [line for line in logged if re.search(f" {pattern}$", line)], shown


def test_sigterm_cancels_what_is_still_running_at_the_deadline(services, bots):
    bot = bots["rendered"]
    services.inject(bot.token, Fault("sendPhoto", "stall", chat_id=71))
    services.send(bot.token, 71, text="зима")
    services.wait_for(bot.token, by_chat(71, "sendPhoto"))
    code, took = bot.stop(signal.SIGTERM)
    assert code == 0
    assert 1.0 <= took < 5  # SHUTDOWN_TIMEOUT=1
    output = bot.assert_clean()
    assert "1 update(s) cancelled, still running after 1.0 s" in output


def test_the_echo_bot_greets_and_echoes_through_an_http_proxy(services, bots):
    bot = bots["echo"]
    greeting = sent(services, bot, 80, "sendMessage", **command("/start"))
    assert greeting.fields["text"] == "Hi!\nI'm EchoBot!\nPowered by aiogram."
    update = services.send(bot.token, 81, text="ёжик")
    echoed = services.wait_for(bot.token, reply_to(update))
    assert echoed.fields["text"] == "ёжик"
    assert services.http_proxy.connections >= 1
    # aiogram does not wait for the answers in progress: stop once this one is done.
    bot.wait_for_log(f"Update id={update['update_id']} is handled")
    code, _ = bot.stop(signal.SIGINT)
    assert code == 0
    bot.assert_clean()


def test_a_token_telegram_does_not_know_gives_one_line_and_exit_1(bots):
    bot = bots["unknown"]
    assert bot.process.wait(30) == 1
    output = bot.assert_clean()
    assert output.rstrip().endswith(
        "ERROR picturebot: Telegram does not accept this BOT_TOKEN: check it with @BotFather"
    )


def test_a_telegram_it_cannot_reach_gives_one_line_and_exit_1(bots):
    bot = bots["unreached"]
    assert bot.process.wait(30) == 1
    output = bot.assert_clean()
    assert "deleteWebhook: TelegramNetworkError, trying again in 0.5 s" in output
    last = output.rstrip().splitlines()[-1]
    assert "ERROR picturebot: cannot reach Telegram (" in last
    assert last.endswith("); is BOT_PROXY needed?")


def test_a_telegram_failing_at_every_try_gives_one_line_and_exit_1(bots):
    bot = bots["gateway"]  # three HTML pages of a proxy, then a 502 of the Bot API
    assert bot.process.wait(30) == 1
    output = bot.assert_clean()
    assert "deleteWebhook: TelegramNetworkError, trying again in 0.5 s" in output
    last = output.rstrip().splitlines()[-1]
    assert last.endswith(
        "ERROR picturebot: Telegram did not let the bot start: Telegram server says - Bad Gateway"
    )


def test_a_signal_while_telegram_hangs_at_the_start_stops_the_bot_at_once(services, bots):
    bot = bots["stalled"]
    services.wait_for(bot.token, lambda call: call.method == "deleteWebhook")  # and hangs
    code, took = bot.stop(signal.SIGINT)
    assert (code, took < AT_ONCE) == (0, True), took
    output = bot.assert_clean()
    assert output.rstrip().endswith("WARNING picturebot: SIGINT: stopping now")


def test_ctrl_c_while_aiogram_is_imported_stops_the_bot_at_once(bots):
    bot = bots["early"]  # stopped by the fixture, at that moment
    code, took = bot.stopped
    assert (code, took < AT_ONCE) == (0, True), took
    # Nothing but, at times, a ResourceWarning of Python's own: the interrupt came
    # while importlib had a .pyc file open.
    output = bot.output()
    assert [line for line in output.splitlines() if "ResourceWarning" not in line] == []
