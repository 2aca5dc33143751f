"""A snippet's neighbours: the modules of its folder that it imports."""

from __future__ import annotations

import ast
import contextlib
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType


def sibling_imports(snippet: Path) -> list[Path]:
    """The modules of the snippet's own folder that it imports, in order."""
    names: list[str] = []
    for node in ast.walk(ast.parse(snippet.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module.split(".")[0])
    paths = [snippet.with_name(f"{name}.py") for name in dict.fromkeys(names)]
    return [path for path in paths if path.is_file()]


@contextlib.contextmanager
def imported(folder: Path, *names: str) -> Iterator[dict[str, ModuleType]]:
    """The modules ``names`` of a snippet folder, and any imported in the block, as
    its programs import them (the folder first on ``sys.path``); forgotten afterwards,
    so that a snippet of another folder gets its own modules of the same names."""
    before = set(sys.modules)
    sys.path.insert(0, str(folder))
    try:
        yield {name: importlib.import_module(name) for name in names}
    finally:
        sys.path.remove(str(folder))
        forget_modules_of(folder, since=before)


def forget_modules_of(folder: Path, since: set[str]) -> None:
    """Forget the modules of ``folder`` imported after ``since``."""
    for name in set(sys.modules) - since:
        if (getattr(sys.modules[name], "__file__", None) or "").startswith(f"{folder}/"):
            del sys.modules[name]
