"""The notebook version of a chapter, generated from the chapter's page and snippets.

One source of truth: a notebook holds the chapter's headings and its runnable
examples in page order, read from the same fences the tests run. Jupyter's
event loop is already running, so a script's final ``asyncio.run(main())``
becomes ``await main()``. An example that drives the loop itself (a loop it
creates, ``run_forever``, signal handlers, command-line arguments) cannot run
in a notebook: a note says how to run it as a script instead. Code the tests
skip, or run elsewhere, is left out. A module of the snippets' folder that an
example imports is written next to the notebook by a ``%%writefile`` cell, so
that the notebook works on its own.
"""

from __future__ import annotations

import ast
import doctest
import re
from pathlib import Path

import nbformat

from .fences import PYTHON_LANGUAGES, Fence, blocks, page_fences
from .settings import SETTINGS
from .snippets import sibling_imports

KERNEL_NAME = "asyncio-virtual-clock"
HEADING = re.compile(r"^(#{1,3}) +(.+?)(?: +\{[^}]*\})? *$", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
# A traceback in an output block, even with parts of it elided (an ExceptionGroup's too).
TRACEBACK = re.compile(r'Traceback \(most recent call last\):|^[\s|]+File "', re.MULTILINE)
ANNOTATION = re.compile(r"[ \t]*# \(\d+\)!$", re.MULTILINE)
SCRIPT_ONLY = re.compile(  # code that runs its own loop, or needs a script's process
    r"new_event_loop|run_forever|run_until_complete|asyncio\.Runner|add_signal_handler"
    r"|sys\.argv|unittest\.main\(|IsolatedAsyncioTestCase|anyio\.run\("
)


def _is_asyncio_run(node: ast.stmt) -> ast.expr | None:
    """The argument of a statement ``asyncio.run(x)``, if it is one."""
    if (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and ast.unparse(node.value.func) == "asyncio.run"
        and len(node.value.args) == 1
        and not node.value.keywords
    ):
        return node.value.args[0]
    return None


def _main_guard_run(node: ast.stmt) -> ast.expr | None:
    """The argument of ``if __name__ == "__main__": asyncio.run(x)``, if it is that."""
    if (
        isinstance(node, ast.If)
        and ast.unparse(node.test) in ("__name__ == '__main__'", '__name__ == "__main__"')
        and len(node.body) == 1
        and not node.orelse
    ):
        return _is_asyncio_run(node.body[0])
    return None


def for_jupyter(code: str) -> str | None:
    """``code`` with its top-level ``asyncio.run(x)`` turned into ``await x``.

    None when the code cannot run inside a running event loop.
    """
    code = ANNOTATION.sub("", code)  # Material's code annotation markers
    tree = ast.parse(code)
    lines = code.splitlines()
    runs = [(node, _is_asyncio_run(node) or _main_guard_run(node)) for node in tree.body]
    runs = [(node, argument) for node, argument in runs if argument is not None]
    rest = code
    for node, _ in runs:
        rest = rest.replace(ast.get_source_segment(code, node) or "", "")
    if SCRIPT_ONLY.search(code) or "asyncio.run(" in rest:
        return None
    for node, argument in reversed(runs):
        awaited = f"await {ast.get_source_segment(code, argument)}"
        lines[node.lineno - 1 : node.end_lineno] = [awaited]
    return "\n".join(lines).strip() + "\n"


class _Cells:
    """The cells of one chapter's notebook, fence by fence."""

    def __init__(self, modules: set[Path]):
        self.modules = modules  # snippet files other examples of the chapter import
        self.written: set[Path] = set()
        self.cells: list = []
        self.added = False  # whether the last fence added cells
        self.last_snippet = ""

    def markdown(self, text: str) -> None:
        self.cells.append(nbformat.v4.new_markdown_cell(text))

    def code(self, text: str, raises: bool = False) -> None:
        cell = nbformat.v4.new_code_cell(text)
        if raises:  # shown failing on purpose: the executing kernel lets it
            cell.metadata["tags"] = ["raises-exception"]
        self.cells.append(cell)

    def expect_exception(self, output: str) -> None:
        """The example just added is shown failing: its output block has a traceback."""
        if not (self.added and self.cells[-1].cell_type == "code"):
            return
        if "ExceptionGroup" in output:
            # IPython's kernel stops answering when an async cell raises an
            # ExceptionGroup (an IPython bug): offer the script instead.
            name = Path(self.last_snippet).name
            self.cells[-2:] = [
                nbformat.v4.new_markdown_cell(
                    f"*`{name}` ends with an uncaught `ExceptionGroup`, which Jupyter "
                    "cannot show from a cell that awaits: run it as a script,* "
                    f"`python {self.last_snippet}`"
                )
            ]
            return
        self.cells[-1].metadata["tags"] = ["raises-exception"]

    def write_module(self, module: Path) -> None:
        if module not in self.written:
            self.written.add(module)
            self.code(f"%%writefile {module.name}\n{module.read_text()}")

    def add(self, fence: Fence) -> None:
        before = len(self.cells)
        self._add(fence)
        self.added = len(self.cells) > before

    def _add(self, fence: Fence) -> None:
        ignored = {"skip", "tested_by", "requires", "before"} & set(fence.attributes)
        if fence.language not in PYTHON_LANGUAGES | {"pycon"} or ignored:
            return
        if fence.language == "pycon":  # a cell per prompt, as the session shows
            for example in doctest.DocTestParser().get_examples(fence.source):
                source = for_jupyter(example.source) or example.source
                self.code(source, raises=example.exc_msg is not None)
            return
        if fence.include is None:
            self.code(for_jupyter(fence.source) or fence.source)
            return
        snippet = SETTINGS.root / fence.include
        if snippet in self.modules:
            self.write_module(snippet)
            return
        converted = for_jupyter(snippet.read_text())
        if converted is None:
            self.markdown(
                f"*`{snippet.name}` drives the event loop itself, so it runs as a script, "
                f"not in a notebook:* `python {fence.include}`"
            )
            return
        for module in sibling_imports(snippet):
            self.write_module(module)
        self.markdown(f"`{snippet.name}`")
        self.code(converted)
        self.last_snippet = fence.include


def chapter_notebook(page: Path, page_url: str) -> nbformat.NotebookNode | None:
    """The notebook of a chapter, or None when it has no example to run."""
    text = FRONT_MATTER.sub("", page.read_text())
    title = HEADING.search(text)[2]
    cells = [
        nbformat.v4.new_markdown_cell(
            f"# {title.replace('`', '')} (notebook)\n\n"  # plain, as the other headings
            f"The examples of the chapter [{title}]({page_url}), in order, ready to "
            "run in Jupyter. The event loop is already running in a notebook, so "
            "where a script ends with `asyncio.run(main())`, a cell says "
            "`await main()` instead.\n\n"
            "The outputs shown on the site were produced on a virtual clock that "
            "skips sleeps, like the chapter's; in your Jupyter, sleeps take as long "
            "as they say."
        )
    ]
    fences = page_fences(text, page)
    snippets = [SETTINGS.root / fence.include for fence in fences if fence.include]
    modules = {module for snippet in snippets for module in sibling_imports(snippet)}
    notebook = _Cells(modules)
    notebook.cells = cells
    position = 0
    for fence, output in blocks(fences, text):
        for heading in HEADING.finditer(text, position, fence.start):
            if len(heading[1]) > 1:  # plain text: code spans break the page's TOC
                notebook.markdown(f"{heading[1]} {heading[2].replace('`', '')}")
        position = (output or fence).end
        notebook.add(fence)
        if output is not None and TRACEBACK.search(output.source):
            notebook.expect_exception(output.source)
    if not any(cell.cell_type == "code" for cell in cells):
        return None
    while cells[-1].cell_type == "markdown" and cells[-1].source.startswith("#"):
        cells.pop()  # headings of sections with nothing to run
    for index, cell in enumerate(cells):
        cell.id = f"cell-{index}"  # the same at every build, as everything else
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook
