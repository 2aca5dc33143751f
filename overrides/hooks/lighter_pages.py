"""MkDocs hook: the same pages, with less work for the reader's browser.

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

tests/test_site.py checks these changes, and tests/browser measures the result.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

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


def on_post_page(output: str, **_) -> str:
    output = CODE_BLOCK.sub(_without_line_spans, output)
    output = CODE_IN_PRE.sub(r'\1<code tabindex="0">', output)
    return PLAIN_TOKEN.sub(r"\1", output)


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


def on_post_build(config, **_) -> None:
    [palette] = Path(config.site_dir, "assets", "stylesheets").glob("palette.*.min.css")
    css, found = SWITCHING_RULE.subn("", palette.read_text())
    if found != 1:
        raise PluginError(f"{palette.name}: the rule this hook removes is not there any more")
    palette.write_text(css)
