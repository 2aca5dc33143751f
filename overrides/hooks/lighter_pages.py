"""MkDocs hook: the same pages, with less work for the reader's browser.

On a phone, the cost of opening a long page grows with the number of its
elements: Material's script makes the browser recompute the style of every
element several times while it starts. Two changes cut that cost without
changing what the reader sees:

* Pygments wraps every name and every run of spaces in a code block in its own
  ``<span class="n">`` or ``<span class="w">``, which the theme colours exactly
  as plain code (``--md-code-hl-name-color`` is the code colour). Unwrapped,
  they leave the same text in the same colour, and a page with much code
  loses about a quarter of its elements.
* Material's palette stylesheet turns off transitions on every element while
  the colour scheme switches (``[data-md-color-switching] *``). The script sets
  and clears that attribute once at every page load too, and because of that
  rule each time restyles the whole page. Without the rule, a switch of scheme
  fades in 250 ms instead of snapping.

tests/test_site.py checks both, and tests/browser measures the result.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')
SWITCHING_RULE = re.compile(
    r"\[data-md-color-switching\] \*,\[data-md-color-switching\] :after,"
    r"\[data-md-color-switching\] :before\{transition-duration:0s!important\}"
)


def on_post_page(output: str, **_) -> str:
    return PLAIN_TOKEN.sub(r"\1", output)


def on_post_build(config, **_) -> None:
    [palette] = Path(config.site_dir, "assets", "stylesheets").glob("palette.*.min.css")
    css, found = SWITCHING_RULE.subn("", palette.read_text())
    if found != 1:
        raise PluginError(f"{palette.name}: the rule this hook removes is not there any more")
    palette.write_text(css)
