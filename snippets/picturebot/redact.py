"""Hide secrets in everything the program prints: log lines, tracebacks, warnings."""

import io
import sys

HIDDEN = "<hidden>"


class HidingStream(io.TextIOBase):
    """A text stream that writes to another one, with every secret replaced."""

    def __init__(self, stream, secrets: list[str]):
        self._stream = stream
        self._secrets = [secret for secret in secrets if secret]

    def write(self, text: str) -> int:
        shown = text
        for secret in self._secrets:
            shown = shown.replace(secret, HIDDEN)
        self._stream.write(shown)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def hide_secrets(secrets: list[str]) -> None:
    """From now on, stdout and stderr never show any of ``secrets``.

    Call it before logging is set up: a log handler keeps the stream it was given.
    """
    sys.stdout = HidingStream(sys.stdout, secrets)
    sys.stderr = HidingStream(sys.stderr, secrets)
