"""After the build: the same pages, lighter for the reader's browser, and robots.txt.

``python -m harness.site.postbuild SITE_DIR SITE_URL`` runs it over a built
site (the MkDocs build runs it itself, harness/site/mkdocs_hooks.py). Every
rewrite counts what it changes and fails the build when the count is not what
it expects: a new release of Material, Pygments or nbconvert that changes its
markup stops the build rather than silently undoing the rewrite.

On a phone, the cost of opening a long page grows with the number of its
elements: Material's script makes the browser recompute the style of every
element several times while it starts. Two changes cut that cost without
changing what the reader sees:

* Pygments wraps every name, operator, punctuation mark and run of spaces in a
  code block in its own ``<span class="n">`` (``o``, ``p``, ``w``), which the
  site colours exactly as plain code (``--md-code-hl-name-color`` is the code
  colour in the theme, the operator and punctuation colours are in extra.css),
  and every line in a ``<span id="__span-...">``, which only the copy button of
  a console or pycon session uses (to leave out its output lines, see
  extra.css). Unwrapped, they leave the same text in the same colours, and a
  page with much code loses half its elements or more.
* Material's palette stylesheet turns off transitions on every element while
  the colour scheme switches (``[data-md-color-switching] *``). The script sets
  and clears that attribute once at every page load too, and because of that
  rule each time restyles the whole page. Without the rule, a switch of scheme
  fades in 250 ms instead of snapping.

Code blocks are also set up by Material's script only when they come into view
(the ``content.lazy`` feature), where it makes a block that scrolls sideways
focusable, and one that does not, not. Until then, every block is focusable
from the keyboard (``tabindex="0"`` here), so that none is out of reach.

The notebook pages lose what nbconvert's template puts there and the site does
not want: its loaders for MathJax (with no address at all) and for Mermaid
(from a CDN), for the notebooks have neither formulas nor Jupyter diagrams; its
copy buttons, where Material adds its own; and JupyterLab's stylesheets, 580 kB
inlined in every page, which laid the cells out beside the page's buttons and
styled them unlike the chapters. Instead, a cell's code and each of its outputs
get a chapter's markup (an output titled "Output"), so that Material styles
them as it does a chapter's, and the rest of the cell takes the few rules of
extra.css's "Notebook pages" section.

tests/site/ checks these changes, and tests/browser/ measures the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PLAIN_TOKEN = re.compile(r'<span class="[nopw]">([^<]*)</span>')
CODE_BLOCK = re.compile(r'(<div class="language-([\w-]+) highlight">.*?</code>)', re.S)
SESSIONS = {"pycon", "console"}
SPAN_TAG = re.compile(r"<span\b[^>]*>|</span>")
LINE_SPAN = re.compile(r'<span id="__span-\d+-\d+">')
CODE_IN_PRE = re.compile(r"(<pre><span></span>)<code>")
SWITCHING_RULE = re.compile(
    r"\[data-md-color-switching\] \*,\[data-md-color-switching\] :after,"
    r"\[data-md-color-switching\] :before\{transition-duration:0s!important\}"
)
UNWANTED_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">(?:(?!</script>).)*?cdnjs\.cloudflare\.com.*?</script>"
    r"|<script>(?:(?!</script>).)*?clipboard-copy.*?</script>",  # its copy buttons' two
    re.S,
)
STYLE = re.compile(r"<style\b.*?</style>\s*", re.S)
NOTEBOOK_CODE = re.compile(  # a code cell's source, with nbconvert's copy button
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*'
    r'<div class="highlight-ipynb hl-([\w-]+)"><pre><span></span>(.*?)</pre></div>\s*'
    r'<div class="clipboard-copy-txt" id="cell-\d+">.*?</div>',
    re.S,
)
NOTEBOOK_OUTPUT = re.compile(
    r'(<div class="jp-RenderedText jp-OutputArea-output[^"]*" data-mime-type="[^"]*") '
    r'tabindex="0">\s*<pre>\n?(.*?)</pre>',
    re.S,
)
#: Looser patterns, which count what each rewrite above should find.
CODE_BLOCKS_SEEN = re.compile(r'<div class="language-[^"]*"')
NOTEBOOK_CODE_SEEN = re.compile(r'class="[^"]*\bhighlight-ipynb\b')
NOTEBOOK_OUTPUT_SEEN = re.compile(r'class="[^"]*\bjp-OutputArea-output\b')


class RewriteError(Exception):
    """A rewrite did not find what it expected: the markup it rewrites has changed."""


def rewrite(pattern: re.Pattern, replacement, text: str, expected: int, what: str) -> str:
    """``pattern.sub(replacement, text)``, which must replace ``expected`` times."""
    rewritten, count = pattern.subn(replacement, text)
    if count != expected:
        raise RewriteError(f"{what}: {count} found where {expected} were expected")
    return rewritten


def lighten_page(html: str, where: str) -> str:
    """A page with fewer elements, and every code block reachable from the keyboard."""
    blocks = len(CODE_BLOCKS_SEEN.findall(html))
    html = rewrite(CODE_BLOCK, _without_line_spans, html, blocks, f"{where}: code blocks")
    html = rewrite(CODE_IN_PRE, r'\1<code tabindex="0">', html, blocks, f"{where}: their code")
    return PLAIN_TOKEN.sub(r"\1", html)


def clean_notebook_page(html: str, where: str) -> str:
    """A notebook page without nbconvert's scripts and styles, its code and outputs in
    a chapter's markup (which `lighten_page` then lightens as a chapter's)."""
    html = rewrite(UNWANTED_SCRIPTS, "", html, 4, f"{where}: nbconvert's scripts")
    html = rewrite(STYLE, "", html, 5, f"{where}: nbconvert's styles")
    html = rewrite(
        NOTEBOOK_CODE,
        r'<div class="language-\1 highlight"><pre><span></span><code>\2</code></pre></div>',
        html,
        len(NOTEBOOK_CODE_SEEN.findall(html)),
        f"{where}: a notebook's code",
    )
    html = rewrite(
        NOTEBOOK_OUTPUT,
        r'\1><div class="language-text highlight"><span class="filename">Output</span>'
        r"<pre><span></span><code>\2</code></pre></div>",
        html,
        len(NOTEBOOK_OUTPUT_SEEN.findall(html)),
        f"{where}: a notebook's outputs",
    )
    # Permalinks as a chapter's (shown on hover), and no cell focusable as a whole.
    html = html.replace('<a class="anchor-link" href=', '<a class="headerlink" href=')
    return html.replace(
        '<div class="jp-Cell-inputWrapper" tabindex="0">', '<div class="jp-Cell-inputWrapper">'
    )


def lighten(site: Path, notebook_pages: int) -> None:
    """Every page of the built ``site`` lightened, its ``notebook_pages`` cleaned."""
    notebooks = 0
    for page in sorted(site.rglob("*.html")):
        where = page.relative_to(site).as_posix()
        html = page.read_text()
        if "<article" not in html:
            continue  # not a page of the site (a redirect, an asset)
        if where.startswith("notebooks/"):
            html = clean_notebook_page(html, where)
            notebooks += 1
        page.write_text(lighten_page(html, where))
    if notebooks != notebook_pages:
        raise RewriteError(f"{notebooks} notebook pages found where {notebook_pages} were made")
    [palette] = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    css = rewrite(SWITCHING_RULE, "", palette.read_text(), 1, palette.name)
    palette.write_text(css)


def write_robots_txt(site: Path, site_url: str) -> None:
    """A robots.txt that lets every crawler in and names the sitemap.

    Search engines read it at the root of a host, so it matters once the site
    has a domain of its own; Lighthouse's SEO audit checks that it is valid.
    """
    sitemap = f"{site_url.rstrip('/')}/sitemap.xml"
    (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n")


def _without_line_spans(block: re.Match) -> str:
    html, language = block[1], block[2]
    if language in SESSIONS:
        return html
    kept, open_spans, position = [], [], 0
    for tag in SPAN_TAG.finditer(html):
        kept.append(html[position : tag.start()])
        position = tag.end()
        if tag[0] == "</span>":
            if not open_spans.pop():  # the end of a span that was kept
                kept.append(tag[0])
        else:
            line = bool(LINE_SPAN.fullmatch(tag[0]))
            open_spans.append(line)
            if not line:
                kept.append(tag[0])
    kept.append(html[position:])
    return "".join(kept)


if __name__ == "__main__":
    site, site_url = Path(sys.argv[1]), sys.argv[2]
    lighten(site, notebook_pages=len(list((site / "notebooks").glob("*/index.html"))))
    write_robots_txt(site, site_url)
