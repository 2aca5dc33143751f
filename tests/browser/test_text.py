"""Text as a reader sees it: code in tables, admonitions, code blocks and headings.

Measured in Chromium at a desktop's width (1280 px) and a phone's (390 px).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}

#: Every line break inside one inline code element of a table, as "before|after".
#: A break is where two adjacent characters of one element lie on different line
#: boxes (Range.getClientRects per character). Breaks at a space, and after ".",
#: "(", "_" or ",", are where a reader expects them; any other cuts a name in two.
BREAKS_IN_TABLE_CODE = """
() => {
  const allowedAfter = new Set([".", "(", "_", ","]);
  const found = [];
  for (const code of document.querySelectorAll("article table code")) {
    const chars = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const [box] = [...range.getClientRects()].filter((rect) => rect.width > 0);
        chars.push({ char: node.data[i], box });
      }
    }
    const text = chars.map((c) => c.char).join("");
    for (let i = 1; i < chars.length; i++) {
      const [a, b] = [chars[i - 1], chars[i]];
      if (!a.box || !b.box || /\\s/.test(a.char + b.char) || allowedAfter.has(a.char)) continue;
      if (b.box.top > a.box.top + a.box.height / 2) {
        found.push(text.slice(0, i) + "|" + text.slice(i));
      }
    }
  }
  return found;
}
"""

#: Every table, and every tab of a tab set, shown: what a reader can open is measured too.
SHOW_EVERYTHING = """
() => {
  document.querySelectorAll("details").forEach((details) => (details.open = true));
  const style = document.createElement("style");
  style.textContent = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important }";
  document.head.append(style);
}
"""


def pages_with_tables(site) -> list[str]:
    pages = [page for page in site.in_nav if "<table" in site.html(page)]
    assert pages, "no page has a table: nothing to measure"
    return pages


def measured(page: Page, site, target: str, script: str):
    page.goto(site.url + target, wait_until="load")
    page.evaluate(SHOW_EVERYTHING)
    return page.evaluate(script)


@pytest.mark.parametrize("width", WIDTHS)
def test_code_in_tables_breaks_only_between_names(reader, site, width):
    page = reader.page
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    found = {}
    for target in pages_with_tables(site):
        breaks = measured(page, site, target, BREAKS_IN_TABLE_CODE)
        if breaks:
            found[target] = breaks
    total = sum(len(breaks) for breaks in found.values())
    assert not found, f"{total} breaks inside a name in table code at {width} width:\n" + "\n".join(
        f"  /{target} ({len(breaks)}): " + ", ".join(breaks[:5]) for target, breaks in found.items()
    )


def test_the_break_check_sees_a_name_cut_in_two(reader):
    """The check can fail: a name forced to break inside a narrow cell is found."""
    reader.page.set_content(
        "<article><table style='width: 6ch; table-layout: fixed'>"
        "<tr><td><code style='word-break: break-all'>PICTURE_TIMEOUT</code></td></tr>"
        "<tr><td><code>asyncio.timeout()</code></td></tr></table></article>"
    )
    found = reader.page.evaluate(BREAKS_IN_TABLE_CODE)
    assert found and {text.replace("|", "") for text in found} == {"PICTURE_TIMEOUT"}, found
