"""The bot's settings, read from environment variables only."""

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import SplitResult, unquote, urlsplit

PROVIDERS = ("openverse", "wikimedia", "rendered")
PROXY_SCHEMES = ("socks5", "socks4", "http")
# Digits (the bot's id), a colon, then the secret: letters, digits, - and _.
TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{30,100}", re.ASCII)


class SettingsError(ValueError):
    """A setting is missing or wrong: the message says which, in one line."""


@dataclass(frozen=True)
class Settings:
    token: str
    telegram_api_base: str = "https://api.telegram.org"
    picture_provider: str = "openverse"
    openverse_api_base: str = "https://api.openverse.org"
    wikimedia_api_base: str = "https://commons.wikimedia.org/w/api.php"
    proxy: str | None = None
    picture_timeout: float = 10.0
    shutdown_timeout: float = 15.0
    flood_wait_limit: float = 30.0

    @property
    def secrets(self) -> list[str]:
        """What must never be printed: the token's secret part, the proxy's password."""
        hidden = [self.token.partition(":")[2]]
        if self.proxy and (password := urlsplit(self.proxy).password):
            hidden += [password, unquote(password)]  # as written, and as decoded
        return hidden


def read_settings(environ: Mapping[str, str]) -> Settings:
    token = environ.get("BOT_TOKEN", "").strip()
    if not token:
        raise SettingsError(
            "BOT_TOKEN is not set: get a token from @BotFather in Telegram"
        )
    if not TOKEN.fullmatch(token):
        # Never repeat the value: a mistyped token is still mostly a secret.
        raise SettingsError(
            "BOT_TOKEN does not look like a bot token "
            "(digits, a colon, then at least 30 letters, digits, - or _)"
        )
    provider = environ.get("PICTURE_PROVIDER", "openverse").strip().lower()
    if provider not in PROVIDERS:
        raise SettingsError(f"PICTURE_PROVIDER must be one of {', '.join(PROVIDERS)}")
    urls = {
        name: _url(environ, name, default)
        for name, default in [
            ("TELEGRAM_API_BASE", Settings.telegram_api_base),
            ("OPENVERSE_API_BASE", Settings.openverse_api_base),
            ("WIKIMEDIA_API_BASE", Settings.wikimedia_api_base),
        ]
    }
    return Settings(
        token=token,
        telegram_api_base=urls["TELEGRAM_API_BASE"],
        picture_provider=provider,
        openverse_api_base=urls["OPENVERSE_API_BASE"],
        wikimedia_api_base=urls["WIKIMEDIA_API_BASE"],
        proxy=_proxy(environ.get("BOT_PROXY", "").strip()),
        picture_timeout=_seconds(environ, "PICTURE_TIMEOUT", Settings.picture_timeout),
        shutdown_timeout=_seconds(
            environ, "SHUTDOWN_TIMEOUT", Settings.shutdown_timeout
        ),
        flood_wait_limit=_seconds(
            environ, "FLOOD_WAIT_LIMIT", Settings.flood_wait_limit
        ),
    )


def load_settings() -> Settings:
    """The settings of this process; a clear one-line error and exit code 2 if wrong."""
    try:
        return read_settings(os.environ)
    except SettingsError as error:
        program = os.path.basename(sys.argv[0])
        print(f"{program}: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def _url(environ: Mapping[str, str], name: str, default: str) -> str:
    url = environ.get(name, "").strip() or default
    parts = _split(url)
    if not parts or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{name} must be an http:// or https:// URL")
    return url


def _proxy(url: str) -> str | None:
    if not url:
        return None
    parts = _split(url)
    if not (parts and parts.scheme in PROXY_SCHEMES and parts.hostname and parts.port):
        raise SettingsError(
            "BOT_PROXY must look like socks5://user:password@host:port or "
            "http://host:port (percent-encode any of : / ? # @ [ ] in the password)"
        )
    return url


def _split(url: str) -> SplitResult | None:
    """``url`` in parts, its port checked; None if it is not a URL.

    None, not Python's exception: its message may quote the URL, password and all.
    """
    try:
        parts = urlsplit(url)
        parts.port  # a port that is not a number raises only here
    except ValueError:
        return None
    return parts


def _seconds(environ: Mapping[str, str], name: str, default: float) -> float:
    text = environ.get(name, "").strip()
    if not text:
        return default
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < 3600:
        raise SettingsError(f"{name} must be a number of seconds between 0 and 3600")
    return seconds
