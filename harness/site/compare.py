"""Whether two builds of the site are the same: ``python -m harness.site.compare A B``.

Every file must be there in both, with the same bytes, but for the line of a
page that names the program that built it (``<meta name="generator">``).
It exits with status 1, naming the files that differ, if they are not.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GENERATOR = re.compile(rb'^\s*<meta name="generator" content="[^"]*">\n', re.MULTILINE)


def differences(first: Path, second: Path) -> list[str]:
    files = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    files |= {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    different = []
    for name in sorted(files):
        a, b = first / name, second / name
        if not (a.is_file() and b.is_file()):
            different.append(f"{name}: only in {first if a.is_file() else second}")
        elif GENERATOR.sub(b"", a.read_bytes()) != GENERATOR.sub(b"", b.read_bytes()):
            different.append(f"{name}: differs")
    return different


if __name__ == "__main__":
    found = differences(Path(sys.argv[1]), Path(sys.argv[2]))
    print("\n".join(found) or f"the same site, {sys.argv[1]} and {sys.argv[2]}")
    sys.exit(1 if found else 0)
