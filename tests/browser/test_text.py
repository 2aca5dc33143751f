"""Text as a reader sees it: code in tables, admonitions, code blocks and headings.

Measured in Chromium at a desktop's width (1280 px) and a phone's (390 px).
"""

from __future__ import annotations

import re

import pytest

from .conftest import SCREENS

pytestmark = pytest.mark.browser

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


def measured(reader, target: str, script: str):
    """`script`'s findings on the page, once every block is drawn, as the reader meets it."""
    page = reader.goto(target, wait_until="load")
    reader.wait_until_drawn()
    page.evaluate(SHOW_EVERYTHING)
    return page.evaluate(script)


@pytest.mark.parametrize("width", SCREENS)
def test_code_in_tables_breaks_only_between_names(reader, site, width):
    page = reader.page
    page.set_viewport_size(SCREENS[width])
    found = {}
    for target in pages_with_tables(site):
        breaks = measured(reader, target, BREAKS_IN_TABLE_CODE)
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


#: Each admonition's (and collapsible block's) text whose font size is not the body's.
SMALLER_THAN_THE_BODY = """
() => {
  const body = getComputedStyle(document.querySelector("article")).fontSize;
  return [...document.querySelectorAll("article :is(.admonition, details) > :is(p, ul, ol, dl)")]
    .map((block) => getComputedStyle(block).fontSize)
    .filter((size) => size !== body)
    .map((size) => `${size}, not ${body}`);
}
"""


def test_admonitions_are_set_at_the_size_of_the_text_around_them(reader, site):
    """What you will learn, the corrections, the answers: a fifth of the prose."""
    reader.page.set_viewport_size(SCREENS["desktop"])
    found = {}
    for target in site.in_nav:
        sizes = measured(reader, target, SMALLER_THAN_THE_BODY)
        if sizes:
            found[target] = sorted(set(sizes))
    assert not found, f"admonitions in another size than the text: {found}"


#: Each code block whose buttons (copy) lie over its first line of code.
BUTTONS_OVER_THE_FIRST_LINE = """
async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const overlaps = (a, b) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const found = [];
  for (const pre of document.querySelectorAll("article div.highlight > pre")) {
    pre.scrollIntoView({ block: "center" });  // content.lazy adds the buttons now
    await frame();
    await frame();
    const buttons = pre.querySelector(":scope > .md-code__nav");
    const code = pre.querySelector(":scope > code");
    if (!buttons || !code || !code.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(code);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const firstLine = lines.filter((rect) => rect.top < lines[0].bottom - 1);
    const box = buttons.getBoundingClientRect();
    if (firstLine.some((rect) => overlaps(rect, box))) {
      found.push(code.textContent.split("\\n")[0]);
    }
  }
  return found;
}
"""
#: Pages with code blocks of every kind: titled, untitled sessions, long first lines.
PAGES_WITH_CODE = ["", "lecture/event-loop/", "guide/shutdown/"]


@pytest.mark.parametrize("width", SCREENS)
def test_copy_buttons_leave_the_first_line_of_code_clear(reader, site, width):
    page = reader.page
    page.set_viewport_size(SCREENS[width])
    found = {}
    for target in PAGES_WITH_CODE:
        page.goto(site.url + target, wait_until="load")
        covered = page.evaluate(BUTTONS_OVER_THE_FIRST_LINE)
        if covered:
            found[target] = covered
    assert not found, f"buttons over the first line of code at {width} width: {found}"


def test_code_in_a_page_title_takes_the_titles_colour(reader, site):
    titled = [p for p in site.in_nav if re.search(r"<h1[^>]*>[^\n]*<code>", site.html(p))]
    assert titled, "no page title holds code: nothing to check"
    for target in titled:
        page = reader.goto(target)
        title = page.get_by_role("heading", level=1)
        colours = title.evaluate(
            """h1 => [h1, h1.querySelector("code")].map((e) => getComputedStyle(e).color)"""
        )
        assert colours[0] == colours[1], f"/{target}: title {colours[0]}, its code {colours[1]}"
