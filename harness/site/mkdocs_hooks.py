"""MkDocs hooks: what the site's build does besides rendering Markdown.

This is the one file that knows MkDocs. The rest of the build is a Markdown
extension (harness/site/extension.py) and a step over the built site
(harness/site/postbuild.py), which another builder could run as they are.

* For each chapter under docs/lecture/ and docs/guide/ (unless its front matter
  says ``notebook: false``), harness/notebooks.py makes a notebook from the
  page and its snippets. Nothing is committed: the notebooks are made anew at
  every build, so they cannot drift from the chapters.
* Each notebook is executed here, on a kernel whose event loop runs on the
  virtual clock (harness/kernel.py), in parallel and cached by content. A cell
  that fails fails the build. ``mkdocs serve`` serves its first build without
  them and runs them in the background (harness/site/serving.py).
* mkdocs-jupyter renders the executed notebooks as pages under notebooks/,
  with a download button (overrides/partials/actions.html). Each chapter links
  to its notebook under its title and at its end; a notebook page links back
  under its title (harness/notebooks.py), and stands right after its chapter:
  the chapter is its current item in the navigation, and the footer's
  "Previous".
* After the build, harness/site/postbuild.py lightens the pages and writes
  robots.txt.

SITE_NOTEBOOKS=off in the environment leaves the notebooks out (a quicker rebuild
on every change while serving).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

# Absolute imports: MkDocs loads this file by its path, as a module of its own.
from harness import kernel, virtual_clock
from harness.notebooks import HEADING, KERNEL_NAME, chapter_notebook
from harness.settings import SETTINGS
from harness.site import postbuild
from harness.site.serving import NOTEBOOKS

CHAPTER_FOLDERS = ("lecture/", "guide/")
CACHE = SETTINGS.root / ".cache" / "notebooks"
# What the outputs depend on besides the notebook itself.
EXECUTION_INPUTS = [Path(kernel.__file__), Path(virtual_clock.__file__)]

# Where a notebook links to its chapter, until it is copied for the site: the
# executed notebooks are cached whatever address the site is built for.
CHAPTER_URL = "chapter-url-placeholder"

_notebook_of: dict[str, str] = {}  # chapter src_uri -> notebook src_uri
_chapter_of: dict[str, File] = {}  # notebook src_uri -> chapter file


def _kernel_spec() -> dict:
    return {
        "argv": [
            *(sys.executable, "-m", "harness.kernel", "-f", "{connection_file}"),
            "--IPKernelApp.log_level=ERROR",  # not its warning about TCP on loopback
            # Plain tracebacks: IPython's colours fail contrast on the rendered pages.
            "--InteractiveShell.colors=nocolor",
        ],
        "display_name": "Python 3 (virtual clock)",
        "language": "python",
    }


def _install_kernel() -> None:
    """The virtual-clock kernel, where jupyter_client looks for kernels."""
    kernels = CACHE / "jupyter"
    spec = kernels / "kernels" / KERNEL_NAME / "kernel.json"
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_text(json.dumps(_kernel_spec()))
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(kernels), os.environ.get("JUPYTER_PATH")])
    )


def _executed(notebook: nbformat.NotebookNode, name: str, page_url: str) -> Path:
    """The path of ``notebook`` executed, from the cache when nothing changed, with the
    link to its chapter pointing at ``page_url``."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    source = nbformat.writes(notebook)
    inputs = [source, sys.version, json.dumps(_kernel_spec())]
    inputs += [path.read_text() for path in EXECUTION_INPUTS]
    key = hashlib.sha256("\0".join(inputs).encode()).hexdigest()[:16]
    executed = CACHE / "executed" / f"{name}-{key}.ipynb"
    if not executed.exists():
        for outdated in executed.parent.glob(f"{name}-{'[0-9a-f]' * 16}.ipynb"):
            outdated.unlink()  # this chapter's notebook, as it was before a change
        # One output per stream and cell, however the kernel's writes were split.
        client = NotebookClient(
            notebook,
            kernel_name=KERNEL_NAME,
            timeout=120,
            coalesce_streams=True,
            record_timing=False,  # no dates in the notebooks: the same at every build
        )
        try:
            with tempfile.TemporaryDirectory() as folder:  # where %%writefile cells write
                client.execute(cwd=folder)
        except CellExecutionError as error:
            raise PluginError(f"notebook {name}: a cell failed\n{error}") from None
        executed.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, executed)
    page_source = CACHE / "pages" / "notebooks" / f"{name}.ipynb"
    page_source.parent.mkdir(parents=True, exist_ok=True)
    page_source.write_text(executed.read_text().replace(CHAPTER_URL, page_url))
    return page_source


def _wants_notebook(file: File) -> bool:
    if not (file.src_uri.endswith(".md") and file.src_uri.startswith(CHAPTER_FOLDERS)):
        return False
    _, meta = get_data(file.content_string)
    return meta.get("notebook", True) is not False


def on_startup(command, **_):
    NOTEBOOKS.serving = command == "serve"


def on_serve(server, **_):
    """The server rebuilds the site when the notebooks are ready (harness/site/serving.py)."""
    signal = CACHE / "serve" / "notebooks-ready"
    signal.parent.mkdir(parents=True, exist_ok=True)
    server.watch(str(signal.parent))
    NOTEBOOKS.start(signal, watching=server.observer.is_alive)
    return server


@event_priority(100)  # before mkdocs-jupyter turns .ipynb files into pages
def on_files(files, config, **_):
    _notebook_of.clear()
    _chapter_of.clear()
    if os.environ.get("SITE_NOTEBOOKS") == "off":  # a quicker `mkdocs serve`
        return files
    _install_kernel()
    site_url = config.site_url or "/"
    jobs = {}
    for file in files.documentation_pages():
        if not _wants_notebook(file):
            continue
        notebook = chapter_notebook(Path(file.abs_src_path), CHAPTER_URL)
        if notebook is not None:
            jobs[file] = notebook

    def execute(file: File) -> Path:
        return _executed(jobs[file], Path(file.src_uri).stem, posixpath.join(site_url, file.url))

    def execute_all() -> dict[File, Path]:
        with ThreadPoolExecutor(max_workers=4) as pool:
            return dict(zip(jobs, pool.map(execute, jobs), strict=True))

    if not NOTEBOOKS.ready():  # the first build of `mkdocs serve`
        NOTEBOOKS.defer(execute_all)
        return files
    for chapter, path in execute_all().items():
        src_uri = f"notebooks/{path.name}"
        if files.get_file_from_path(src_uri) is not None:
            raise PluginError(f"two chapters would both make {src_uri}")
        files.append(
            File(src_uri, str(CACHE / "pages"), config.site_dir, config.use_directory_urls)
        )
        _notebook_of[chapter.src_uri] = src_uri
        _chapter_of[src_uri] = chapter
    return files


def _notebook_list(page) -> str:
    """Links to every notebook, for the page that has a <!-- notebook-list --> marker."""
    lines = []
    for notebook, chapter in sorted(_chapter_of.items()):
        title = HEADING.search(chapter.content_string)[2]
        link = posixpath.relpath(notebook, posixpath.dirname(page.file.src_uri))
        lines.append(f"- [{title}]({link})")
    return "\n".join(lines) or "*No chapter has a notebook yet.*"


def on_page_markdown(markdown, page, **_):
    markdown = markdown.replace("<!-- notebook-list -->", _notebook_list(page))
    notebook = _notebook_of.get(page.file.src_uri)
    if notebook is None:
        return markdown
    link = posixpath.relpath(notebook, posixpath.dirname(page.file.src_uri))
    title = HEADING.search(markdown)
    return (
        markdown[: title.end()]
        + f"\n\n*Its examples, ready to run: [this chapter as a Jupyter notebook]({link}).*\n"
        + markdown[title.end() :]
        + '\n\n!!! example "Run this chapter in Jupyter"\n\n'
        + f"    The [notebook version of this chapter]({link}) holds its examples, "
        + "ready to run. Download it from that page.\n"
    )


@event_priority(100)  # before the search plugin reads page.meta
def on_page_context(context, page, config, **_):
    chapter = _chapter_of.get(page.file.src_uri)
    if chapter is not None:
        title = page.title.removesuffix(" (notebook)")
        page.meta["description"] = f"The examples of the chapter {title}, as a Jupyter notebook."
        page.meta["search"] = {"exclude": True}  # the chapter itself is what search should find
        if config.repo_url and config.edit_uri:
            page.edit_url = posixpath.join(config.repo_url, config.edit_uri, chapter.src_uri)
        # Not in the navigation itself, the page stands right after its chapter.
        page.previous_page, page.next_page = chapter.page, chapter.page.next_page
        chapter.page.active = True  # its item and sections, in this page's navigation
    return context


def on_post_page(output, page, **_):
    chapter = _chapter_of.get(page.file.src_uri)
    if chapter is not None:
        chapter.page.active = False
    return output


def on_post_build(config, **_) -> None:
    postbuild.lighten(Path(config.site_dir), notebook_pages=len(_chapter_of))
    postbuild.write_robots_txt(Path(config.site_dir), config.site_url)
