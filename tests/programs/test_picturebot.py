"""The picture bot of docs/projects/picturebot.md, run for real.

The unit tests import the bot's pure pieces (settings.py, pictures.py, drawing.py,
redact.py, inflight.py) and check them on answers of the shape the real
services give. The end-to-end tests start the real programs, bot.py and echo.py,
as processes, against stand-ins on 127.0.0.1 (tests/programs/picturebot_fakes.py): a
Telegram Bot API, Openverse, Wikimedia Commons, a SOCKS5 and an HTTP proxy. The bot's
handlers.py, polling.py and retry.py are exercised there. All the processes are
started at once, since each takes seconds to import aiogram.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from harness.settings import SETTINGS
from tests.programs.picturebot_fakes import Fault, Services, by_chat, fake_png

FOLDER = SETTINGS.root / "snippets" / "picturebot"
TOKENS = {
    "openverse": "1001:AAFopenverseSECRETpart_0123456789abcdefgh",
    "wikimedia": "1002:AAFwikimediaSECRETpart_0123456789abcdefgh",
    "rendered": "1003:AAFrenderedSECRETpart_0123456789abcdefghi",
    "echo": "1004:AAFechobotSECRETpart_0123456789abcdefghijk",
}
UNKNOWN_TOKEN = "1005:AAFunknownSECRETpart_0123456789abcdefghij"
UNREACHED_TOKEN = "1006:AAFunreachedSECRETpart_0123456789abcdefg"
PROXY_USER, PROXY_PASSWORD = "ann", "proxyPASSWORD-9876"
NOISE = ("Traceback", "never retrieved", "Unclosed", "was destroyed", "ResourceWarning")
# The first end-to-end test also waits for six processes to import aiogram.
pytestmark = pytest.mark.timeout(120)


# -- the pure pieces, imported -----------------------------------------------------


@pytest.fixture(scope="module")
def bot_modules():
    """The bot's modules, imported from its folder, and forgotten afterwards."""
    before = set(sys.modules)
    sys.path.insert(0, str(FOLDER))
    try:
        names = ["settings", "pictures", "drawing", "redact", "inflight"]
        yield {name: importlib.import_module(name) for name in names}
    finally:
        sys.path.remove(str(FOLDER))
        for name in set(sys.modules) - before:
            if (getattr(sys.modules[name], "__file__", None) or "").startswith(str(FOLDER)):
                del sys.modules[name]


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
        ("BOT_PROXY", "socks9://127.0.0.1:1080", "BOT_PROXY must look like socks5://"),
        ("BOT_PROXY", "socks5://127.0.0.1:port", "BOT_PROXY has a port that is not a number"),
        ("PICTURE_TIMEOUT", "soon", "PICTURE_TIMEOUT must be a number of seconds"),
        ("SHUTDOWN_TIMEOUT", "-1", "SHUTDOWN_TIMEOUT must be a number of seconds"),
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


def test_the_proxy_password_is_a_secret_too(bot_modules):
    environ = {
        "BOT_TOKEN": TOKENS["echo"],
        "BOT_PROXY": f"socks5://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:1080",
    }
    assert PROXY_PASSWORD in bot_modules["settings"].read_settings(environ).secrets


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

    def stop(self, how=signal.SIGINT, timeout: float = 15) -> tuple[int, float]:
        """Send ``how``; the exit code, and how long it took to exit."""
        started = time.monotonic()
        self.process.send_signal(how)
        code = self.process.wait(timeout)
        return code, time.monotonic() - started

    def assert_clean(self) -> str:
        output = self.output()
        assert self.secret not in output
        assert PROXY_PASSWORD not in output
        for noise in NOISE:
            assert noise not in output, output
        return output


@pytest.fixture(scope="module")
def services():
    services = Services(list(TOKENS.values()), PROXY_USER, PROXY_PASSWORD)
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
    }
    login = f"{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1"
    socks5 = f"socks5://{login}:{services.socks5_port}"
    http_proxy = f"http://{login}:{services.http_proxy_port}"
    # The rendered bot meets a Bot API in trouble from its first request on.
    services.inject(
        TOKENS["rendered"],
        Fault("getMe", "502"),
        Fault("getUpdates", "502"),
        Fault("getUpdates", "drop"),
        Fault("getUpdates", "garbage"),
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
    }
    try:
        for name, bot in started.items():
            if name not in ("unknown", "unreached"):
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


def reply_to(message: dict):
    """A test for ``wait_for``: a call that replies to ``message``."""

    def replies(call) -> bool:
        parameters = json.loads(call.fields.get("reply_parameters", "{}"))
        return parameters.get("message_id") == message["message_id"]

    return replies


def sent(services, bot, chat_id: int, method: str, nth: int = 1, **content):
    """Send a message to ``bot`` in ``chat_id``; the (nth) call of ``method`` replying to it."""
    message = services.send(bot.token, chat_id, **content)
    replying = reply_to(message)
    return services.wait_for(
        bot.token, lambda c: by_chat(chat_id, method)(c) and replying(c), nth=nth
    )


def test_start_and_help_say_what_to_send(services, bots):
    bot = bots["openverse"]
    for chat_id, command in [(11, "/start"), (12, "/help")]:
        entities = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        call = sent(services, bot, chat_id, "sendMessage", text=command, entities=entities)
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
    ],
)  # fmt: skip
def test_a_message_without_a_word_gets_a_hint(services, bots, chat_id, content):
    call = sent(services, bots["openverse"], chat_id, "sendMessage", **content)
    assert call.fields["text"] == "Send me a word, as text, and I will find a picture for it."


def test_flood_control_is_waited_out_and_the_picture_delivered(services, bots):
    bot = bots["openverse"]
    services.inject(bot.token, Fault("sendPhoto", "429", chat_id=20, retry_after=1))
    delivered = sent(services, bot, 20, "sendPhoto", nth=2, text="dog")
    refused, accepted = [c for c in services.calls(bot.token) if by_chat(20, "sendPhoto")(c)]
    assert accepted is delivered
    assert accepted.at - refused.at >= 1.0  # as long as Telegram said


def test_a_server_error_on_sending_is_retried(services, bots):
    bot = bots["openverse"]
    services.inject(bot.token, Fault("sendPhoto", "502", chat_id=21))
    sent(services, bot, 21, "sendPhoto", nth=2, text="owl")
    assert len([c for c in services.calls(bot.token) if by_chat(21, "sendPhoto")(c)]) == 2
    assert "sendPhoto: TelegramServerError, trying again in 0.5 s" in bot.output()


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
    assert "Received SIGINT signal" in output
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
    query = next(q for service, q in searches if service == "wikimedia")
    assert query["gsrsearch"] == "lighthouse filetype:bitmap"
    assert (query["generator"], query["gsrnamespace"], query["formatversion"]) == (
        "search",
        "6",
        "2",
    )
    assert services.socks5.connections >= 1  # every Bot API call went through the proxy
    code, _ = bot.stop(signal.SIGTERM)
    assert code == 0
    bot.assert_clean()


def test_the_rendered_picture_draws_the_word_itself(services, bots, bot_modules):
    call = sent(services, bots["rendered"], 70, "sendPhoto", text="кот")
    assert call.attachment("photo") == bot_modules["drawing"].draw_word("кот")
    assert call.fields["caption"] == "“кот”, drawn by the bot"


def test_polling_survives_5xx_drops_and_garbage_and_hides_the_token(services, bots):
    bot = bots["rendered"]
    output = bot.output()
    assert output.count("Failed to fetch updates") == 3
    assert "getMe: TelegramServerError, trying again in 0.5 s" in output
    # aiohttp's error for the garbage answer names the URL, token included: hidden.
    assert "/bot1003:<hidden>/getUpdates" in output
    assert bot.secret not in output


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
    entities = [{"type": "bot_command", "offset": 0, "length": 6}]
    greeting = sent(services, bot, 80, "sendMessage", text="/start", entities=entities)
    assert greeting.fields["text"] == "Hi!\nI'm EchoBot!\nPowered by aiogram."
    echoed = sent(services, bot, 81, "sendMessage", text="ёжик")
    assert echoed.fields["text"] == "ёжик"
    assert services.http_proxy.connections >= 1
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
