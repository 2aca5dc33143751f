"""The site builds cleanly, offline, with the features every page relies on."""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import markdown as python_markdown
import pytest
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data
from pymdownx.snippets import SnippetMissingError

from harness.fences import page_fences
from harness.settings import SETTINGS
from harness.site.diagrams import SCHEMES

MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
LOCAL_URL = re.compile(r"^(?:#|\.|/(?!/)|[\w-]+(?:/|\.html|$)|data:|mailto:|[\w./-]+$)")
LOADS = re.compile(
    r'<(?:script|img|iframe|source)\b[^>]*\bsrc="([^"]*)"|<link\b[^>]*\bhref="([^"]*)"'
    r'|\bimport\(\s*"([^"]*)"\)'  # a module that a script loads
)


@pytest.fixture
def site(built_site) -> Path:
    """The built site's folder (tests/conftest.py builds it, with --strict)."""
    return built_site.root


def pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("index.html") if p.parent.name != "search"]


def test_the_strict_build_passes(site):
    assert (site / "index.html").is_file()
    assert (site / "lecture" / "event-loop" / "index.html").is_file()


def test_every_page_loads_only_files_of_the_site_itself(site):
    third_party = {}
    for page in pages(site):
        html = page.read_text()
        urls = ["".join(groups) for groups in LOADS.findall(html)]
        remote = [url for url in urls if not LOCAL_URL.match(url)]
        # The canonical link names the page's own public address; browsers do not load it.
        remote = [url for url in remote if f'rel="canonical" href="{url}"' not in html]
        if remote:
            third_party[page.relative_to(site).as_posix()] = remote
    assert not third_party, f"pages load files from other hosts: {third_party}"
    assert "fonts.googleapis.com" not in (site / "index.html").read_text()


def source_of(page: Path, site: Path) -> str:
    """The file under docs/ a built page comes from (a notebook: its chapter)."""
    relative = page.parent.relative_to(site).as_posix()
    if relative.startswith("notebooks/"):
        [chapter] = [
            p
            for p in (SETTINGS.root / "docs").rglob(f"{page.parent.name}.md")
            if "notebooks" not in p.parts
        ]
        return chapter.relative_to(SETTINGS.root / "docs").as_posix()
    for candidate in ("index.md" if relative == "." else f"{relative}.md", f"{relative}/index.md"):
        if (SETTINGS.root / "docs" / candidate).is_file():
            return candidate
    raise AssertionError(f"no source found for {page}")


def test_every_page_says_what_it_is_about_in_50_to_160_characters():
    """Material makes it the page's <meta name="description">, which search engines show
    under the link, cut at about 160 characters."""
    lengths = {}
    for page in (SETTINGS.root / "docs").rglob("*.md"):
        _, meta = get_data(page.read_text())
        lengths[page.relative_to(SETTINGS.root).as_posix()] = len(meta.get("description") or "")
    assert {page: n for page, n in lengths.items() if not 50 <= n <= 160} == {}


def test_the_site_publishes_what_readers_need_and_nothing_of_the_build(site):
    published = [p.relative_to(site) for p in site.rglob("*") if p.is_file()]
    assert [p for p in published if p.suffix == ".py"] == []
    overrides = SETTINGS.root / "overrides"
    from_overrides = [p for p in published if (overrides / p).is_file()]
    assert from_overrides and all(p.parts[0] == "assets" for p in from_overrides)


def test_every_page_has_a_description_and_an_edit_link_to_its_source(site):
    for page in pages(site):
        html = page.read_text()
        source = source_of(page, site)
        assert re.search(r'<meta name="description" content="[^"]{50,}">', html), page
        assert f'/edit/main/docs/{source}"' in html, f"{page}: edit link missing or wrong"


def test_every_chapter_with_examples_links_to_its_notebook(site):
    notebooks = sorted((site / "notebooks").glob("*/index.html"))
    assert "event-loop" in {n.parent.name for n in notebooks}
    for notebook in notebooks:
        name = notebook.parent.name
        [chapter] = [p for p in pages(site) if p.parent.name == name and p != notebook]
        assert f'href="../../notebooks/{name}/"' in chapter.read_text(), chapter
        html = notebook.read_text()
        assert f'<a href="{name}.ipynb" title="Download the notebook"' in html
        executed = json.loads((notebook.parent / f"{name}.ipynb").read_text())
        code_cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
        assert code_cells and all(c["execution_count"] for c in code_cells), name
        unexpected_errors = [
            output
            for cell in code_cells
            if "raises-exception" not in cell["metadata"].get("tags", [])
            for output in cell["outputs"]
            if output["output_type"] == "error"
        ]
        assert not unexpected_errors, name
        assert "jp-OutputArea-output" in html, f"{name}: no outputs rendered"


def test_notebook_pages_weigh_what_their_chapters_do(site):
    """No stylesheet inlined (JupyterLab's were 580 kB a page): the site's own, cached,
    style them, for their code and outputs have a chapter's markup."""
    for notebook in sorted((site / "notebooks").glob("*/index.html")):
        html = notebook.read_text()
        name = notebook.parent.name
        [chapter] = [p for p in pages(site) if p.parent.name == name and p != notebook]
        assert "<style" not in html, notebook
        assert len(html) < 1.5 * len(chapter.read_text()), notebook
        assert '<div class="language-python highlight">' in html, notebook
        assert '<span class="filename">Output</span>' in html, notebook


def test_diagrams_are_drawings_in_the_page_and_need_no_script(site):
    """Both schemes' drawings (harness/site/diagrams.py), and no Mermaid to run."""
    html = (site / "guide" / "structured-concurrency" / "index.html").read_text()
    [figure] = re.findall(r'<figure class="diagram".*?</figure>', html, re.S)
    assert [re.search(r'class="diagram__(\w+)"', svg)[1] for svg in figure.split("<svg ")[1:]] == [
        *SCHEMES
    ]
    assert "mermaid" not in " ".join(re.findall(r"<script[^>]*>", html)).lower()
    assert not list(site.rglob("*mermaid*.js"))


def test_code_that_is_not_run_is_labelled_for_the_reader(site):
    html = (site / "lecture" / "event-loop" / "index.html").read_text()
    assert '<p class="admonition-title">Not run: asyncio.get_event_loop()' in html


def test_every_fence_is_rendered_as_code_not_as_text(site):
    """A fence superfences refuses (an unknown attribute, say) comes out as plain text."""
    broken = [p.relative_to(site).as_posix() for p in pages(site) if "```" in p.read_text()]
    assert not broken, f"pages with fences printed as text: {broken}"


def site_markdown() -> python_markdown.Markdown:
    """Python-Markdown with the site's extensions, as MkDocs configures it."""
    config = load_config(str(SETTINGS.root / "mkdocs.yml"))
    return python_markdown.Markdown(
        extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
    )


def test_a_missing_snippet_fails_the_build():
    with pytest.raises(SnippetMissingError):
        site_markdown().convert('```python\n--8<-- "snippets/no/such/file.py"\n```\n')


HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
RENDERED_BLOCK = re.compile(
    r'<div class="language-(?P<language>[\w-]+) highlight|(?P<diagram><figure class="diagram")'
    r"|<pre\b[^>]*><code"
)


def unread_blocks(markdown: str, html: str) -> list[str]:
    """How the code blocks a reader sees differ from the fences the tests read, if they do.

    Both lists name each block by its language, in page order; a difference is
    code the tests did not read (indented code) or read though no reader sees
    it as code (a fence in an HTML comment, a fence never closed).
    """
    read = [fence.language for fence in page_fences(markdown)]
    visible = HTML_COMMENT.sub("", html)
    shown = [
        m["language"] or (m["diagram"] and "mermaid") or "indented"
        for m in RENDERED_BLOCK.finditer(visible)
    ]
    return [] if read == shown else list(difflib.ndiff(read, shown))


@pytest.mark.parametrize(
    "markdown",
    [
        "Text.\n\n    raise SystemExit('indented code')\n",
        "<!--\n```python\nprint('in a comment')\n```\n-->\n",
        "Text.\n\n```python\nprint('never closed')\n",
    ],
    ids=["indented", "in-a-comment", "unclosed"],
)
def test_code_the_tests_do_not_read_as_a_reader_sees_it_is_found(markdown):
    assert unread_blocks(markdown, site_markdown().convert(markdown))


def test_every_code_block_a_reader_sees_is_a_fence_the_tests_read(site):
    differences = {}
    for page in (SETTINGS.root / "docs").rglob("*.md"):
        name = page.relative_to(SETTINGS.root / "docs").with_suffix("")
        # docs/index.md and a part's overview (docs/guide/index.md) build to their folder's page.
        built = site / (name.parent if name.name == "index" else name) / "index.html"
        if difference := unread_blocks(page.read_text(), built.read_text()):
            differences[name.as_posix()] = difference
    assert not differences, differences


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def test_mkdocs_serve_reloads_when_a_page_changes(tmp_path):
    """Guards the click pin: mkdocs 1.6 serve lost its live reload with click 8.3."""
    with serving(tmp_path, SITE_NOTEBOOKS="off") as url:  # quicker rebuilds
        html = wait_for(lambda: fetch(url))
        assert "livereload" in html, "mkdocs serve did not inject its live-reload script"
        page = tmp_path / "docs" / "index.md"
        page.write_text(page.read_text() + "\nA sentence added while serving.\n")
        wait_for(lambda: "A sentence added while serving." in fetch(url) or None)


@pytest.mark.timeout(180)
def test_mkdocs_serve_serves_before_the_notebooks_run_and_adds_them_after(tmp_path):
    with serving(tmp_path) as url:
        chapter = f"{url}lecture/event-loop/"
        assert "notebook version of this chapter" not in wait_for(lambda: fetch(chapter))
        wait_for(lambda: "notebook version of this chapter" in fetch(chapter) or None, 150)
        assert "jp-InputPrompt" in fetch(f"{url}notebooks/event-loop/"), "not a notebook page"


@contextlib.contextmanager
def serving(tmp_path: Path, **env: str) -> Iterator[str]:
    """`mkdocs serve` on a copy of the site's sources; the address it serves."""
    for name in ("docs", "snippets", "overrides", "harness", "diagrams"):
        shutil.copytree(
            SETTINGS.root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(SETTINGS.root / "mkdocs.yml", tmp_path)
    # The same notebooks as the repository's: executed once in a session, by the
    # first of the built site and this server to need them (one process runs both).
    executed = SETTINGS.root / ".cache" / "notebooks" / "executed"
    executed.mkdir(parents=True, exist_ok=True)
    (tmp_path / ".cache" / "notebooks").mkdir(parents=True)
    (tmp_path / ".cache" / "notebooks" / "executed").symlink_to(executed)
    port = free_port()
    server = subprocess.Popen(
        [*MKDOCS, "serve", "--dev-addr", f"127.0.0.1:{port}", "--no-strict"],
        cwd=tmp_path,
        env={**ENV, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for(probe, seconds: float = 45.0):
    deadline = time.monotonic() + seconds
    while True:
        try:
            result = probe()
            if result:
                return result
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for mkdocs serve")
        time.sleep(0.1)


def test_code_keeps_its_colours_without_a_span_per_name(site):
    """harness/site/postbuild.py unwraps names, operators, punctuation and spaces
    in code: that is invisible only while the site colours them as plain code."""
    html = (site / "lecture" / "event-loop" / "index.html").read_text()
    for token in "nopw":
        assert f'<span class="{token}">' not in html
    assert '<span class="k">' in html  # the other tokens keep their colours
    theme_css = "".join(p.read_text() for p in (site / "assets" / "stylesheets").glob("*.min.css"))
    extra_css = (site / "assets/stylesheets/extra.css").read_text()
    assert "--md-code-hl-name-color:var(--md-code-fg-color)" in theme_css
    assert "--md-code-hl-name-color" not in extra_css
    for kind in ("operator", "punctuation"):
        colours = re.findall(rf"--md-code-hl-{kind}-color: ([^;]+);", extra_css)
        assert colours == ["var(--md-code-fg-color)"], kind
    # Line spans stay only where the copy button of a session needs them.
    assert re.search(r'language-python highlight">.*?<span id="__span-', html) is None
    assert re.search(r'language-pycon highlight">.*?<span id="__span-', html, re.S)
    assert html.count('<code tabindex="0">') == html.count("<pre><span></span><code") > 0


def test_switching_the_colour_scheme_does_not_restyle_every_element_twice(site):
    [palette] = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    assert "data-md-color-switching" not in palette.read_text()
