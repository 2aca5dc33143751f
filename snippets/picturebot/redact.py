"""Hide secrets in everything the program prints: log lines, tracebacks, warnings."""

import io
import sys

HIDDEN = "<hidden>"


class HidingStream(io.TextIOBase):
    """A text stream that writes to another one, with every secret replaced."""

    def __init__(self, stream, secrets: list[str]):
        self._stream = stream
        # The longest first, in case one secret contains another.
        self._secrets = sorted(filter(None, secrets), key=len, reverse=True)
        # Kept here, not read from the module: modules are torn down at exit.
        self._hidden = HIDDEN

    def write(self, text: str) -> int:
        shown = text
        for secret in self._secrets:
            shown = shown.replace(secret, self._hidden)
        self._stream.write(shown)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def hide_secrets(secrets: list[str]) -> None:
    """From now on, stdout and stderr never show any of ``secrets``.

    Call it before logging is set up: a log handler keeps the stream it was given.
    ``sys.__stdout__`` and ``sys.__stderr__`` change too: Python writes to them
    as it shuts down, when a last warning may still come.
    """
    sys.stdout = sys.__stdout__ = HidingStream(sys.stdout, secrets)
    sys.stderr = sys.__stderr__ = HidingStream(sys.stderr, secrets)
