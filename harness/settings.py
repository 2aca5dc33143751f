"""Where the examples are, and the clock they run on: one object, read everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The repository this harness belongs to.
HOME = Path(__file__).resolve().parents[1]
CLOCKS = ("virtual", "real")


@dataclass
class Settings:
    #: The repository whose pages and snippets run (a throwaway one, in the
    #: harness's own tests).
    root: Path = HOME
    #: The clock the examples run on; the pytest plugin sets it (--clock).
    clock: str = "virtual"

    @property
    def snippets(self) -> Path:
        return self.root / "snippets"


SETTINGS = Settings()
