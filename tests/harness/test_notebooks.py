"""The notebook versions of the chapters: generated from the snippets, run on a virtual clock."""

from __future__ import annotations

import textwrap
import time

import nbformat
import pytest
from mkdocs.exceptions import PluginError

from harness import notebooks
from harness.notebooks import for_jupyter
from harness.settings import SETTINGS
from harness.site import mkdocs_hooks


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip()


@pytest.mark.parametrize(
    "script, cell",
    [
        (
            "import asyncio\n\nasync def main():\n    pass\n\nasyncio.run(main())\n",
            "import asyncio\n\nasync def main():\n    pass\n\nawait main()\n",
        ),
        (
            'import asyncio\nif __name__ == "__main__":\n    asyncio.run(serve(8080))\n',
            "import asyncio\nawait serve(8080)\n",
        ),
        ("print(asyncio.run(compute(1, 2)))\n", None),
        ("loop = asyncio.new_event_loop()\nloop.run_forever()\n", None),
        ("import sys\nasyncio.run(main(sys.argv[1]))\n", None),
        ("import anyio\nanyio.run(main)\n", None),
        ("await asyncio.sleep(0)  # (1)!\n", "await asyncio.sleep(0)\n"),
    ],
    ids=[
        "asyncio-run",
        "main-guard",
        "run-inside-an-expression",
        "own-loop",
        "argv",
        "anyio-run",
        "annotation",
    ],
)
def test_scripts_become_cells_for_a_running_loop(script, cell):
    assert for_jupyter(script) == cell


def test_changing_a_snippet_changes_its_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(SETTINGS, "root", tmp_path)
    (tmp_path / "snippets").mkdir()
    snippet = tmp_path / "snippets" / "hello.py"
    page = tmp_path / "page.md"
    page.write_text(
        code(
            """
            ---
            description: A page.
            ---
            # A chapter

            ## Saying hello

            ```python title="hello.py"
            --8<-- "snippets/hello.py"
            ```

            ```python skip="history"
            old()
            ```
            """
        )
    )
    snippet.write_text(
        'import asyncio\n\nasync def main():\n    print("hello")\n\nasyncio.run(main())\n'
    )
    before = notebooks.chapter_notebook(page, "https://example.org/chapter/")
    assert [cell.source for cell in before.cells[1:]] == [
        "## Saying hello",
        "`hello.py`",
        'import asyncio\n\nasync def main():\n    print("hello")\n\nawait main()\n',
    ]
    snippet.write_text(snippet.read_text().replace("hello", "bonjour"))
    after = notebooks.chapter_notebook(page, "https://example.org/chapter/")
    assert 'print("bonjour")' in after.cells[-1].source


def test_a_module_the_examples_import_is_written_next_to_the_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(SETTINGS, "root", tmp_path)
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "helpers.py").write_text("ANSWER = 42\n")
    (tmp_path / "snippets" / "uses.py").write_text("from helpers import ANSWER\nprint(ANSWER)\n")
    page = tmp_path / "page.md"
    page.write_text('# A chapter\n\n```python\n--8<-- "snippets/uses.py"\n```\n')
    cells = notebooks.chapter_notebook(page, "https://example.org/").cells
    assert [cell.source for cell in cells[1:]] == [
        "%%writefile helpers.py\nANSWER = 42\n",
        "`uses.py`",
        "from helpers import ANSWER\nprint(ANSWER)\n",
    ]


def test_an_example_shown_failing_may_fail_in_its_notebook(tmp_path, monkeypatch):
    monkeypatch.setattr(SETTINGS, "root", tmp_path)
    page = tmp_path / "page.md"
    page.write_text(
        "# A chapter\n\n```pycon\n>>> 1 / 0\nTraceback (most recent call last):\n"
        "ZeroDivisionError: division by zero\n>>> 1 + 1\n2\n```\n\n"
        '```python\nraise ValueError("shown")\n```\n\n'
        '```text title="Output"\nTraceback (most recent call last):\n...\n```\n'
    )
    cells = notebooks.chapter_notebook(page, "https://example.org/").cells
    assert [cell.metadata.get("tags") for cell in cells[1:]] == [
        ["raises-exception"],
        None,
        ["raises-exception"],
    ]


@pytest.fixture(scope="module")
def hook():
    """The build's MkDocs hooks, with the virtual-clock kernel installed."""
    mkdocs_hooks._install_kernel()
    return mkdocs_hooks


def notebook_of(*cells: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])


def test_the_build_kernel_runs_notebooks_on_the_virtual_clock(hook, tmp_path, monkeypatch):
    monkeypatch.setattr(hook, "CACHE", tmp_path)
    started = time.perf_counter()
    notebook = notebook_of(
        "import asyncio\nloop = asyncio.get_running_loop()\nstart = loop.time()",
        "await asyncio.sleep(3600)\nprint(loop.time() - start)",
    )
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(f"[The chapter]({hook.CHAPTER_URL})"))
    path = hook._executed(notebook, "an-hour", "https://example.org/lecture/an-hour/")
    executed = nbformat.read(path, as_version=4)
    assert executed.cells[2].outputs[0].text == "3600.0\n"
    assert time.perf_counter() - started < 30
    # Executed once, cached whatever the site's address; the page gets its own link.
    assert executed.cells[0].source == "[The chapter](https://example.org/lecture/an-hour/)"


def test_a_failing_cell_fails_the_build(hook, tmp_path, monkeypatch):
    monkeypatch.setattr(hook, "CACHE", tmp_path)
    with pytest.raises(PluginError, match="ZeroDivisionError"):
        hook._executed(notebook_of("1 / 0"), "broken", "https://example.org/")
