"""The notebook pages as a reader meets them, on a desktop (1280 px) and a phone (390 px).

Their code and outputs use the whole column, as a chapter's do: no prompt
beside them (and none at all on a phone), no button floated beside them, no
line that wraps or is cut off. They look like the chapter's code, with
"Output" over what a cell printed. And a reader finds the way between a
notebook and its chapter at the top of both, in the navigation and in the
footer.
"""

from __future__ import annotations

import json
import re

import pytest

from .conftest import SCREENS, reading
from .tour import switch_scheme

pytestmark = pytest.mark.browser

IN_PROMPT = re.compile(r"^In\s*\[\d+\]:$")

#: What a page shows, measured in the browser: its column, every code or output
#: block (a <pre>) in it, its visible labels, and its links near the top.
READ_PAGE = """() => {
    const article = document.querySelector("article.md-content__inner");
    const style = getComputedStyle(article);
    const box = article.getBoundingClientRect();
    const column = [
        box.left + parseFloat(style.paddingLeft), box.right - parseFloat(style.paddingRight),
    ];
    const visible = (element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0
            && getComputedStyle(element).visibility !== "hidden";
    };
    const blocks = [...article.querySelectorAll("pre")].filter(visible).map((pre) => {
        const rect = pre.getBoundingClientRect();
        // The boxes of the text alone, one per line unless a line wraps.
        const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
        const parts = [];
        for (let text; (text = walker.nextNode()); ) {
            const range = document.createRange();
            range.selectNodeContents(text);
            parts.push(...[...range.getClientRects()].filter((part) => part.width > 0));
        }
        const lines = pre.textContent.split("\\n").filter((line) => line.length > 0);
        // Text beyond the block's edge is cut off, unless the block scrolls to it.
        const scrolls = [pre, ...pre.querySelectorAll("*")]
            .some((element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX));
        const textRight = Math.max(...parts.map((part) => part.right));
        return {
            left: Math.round(rect.left), right: Math.round(rect.right),
            lines: lines.length, lineBoxes: new Set(parts.map((part) => Math.round(part.top))).size,
            cutOff: !scrolls && textRight > rect.right + 1, first: lines[0] || "",
        };
    });
    const labels = [...article.querySelectorAll("*")]
        .filter((element) => element.children.length === 0 && visible(element))
        .map((element) => element.textContent.trim());
    const nearTop = [...article.querySelectorAll("a[href]")]
        .filter((link) => visible(link) && link.getBoundingClientRect().top < innerHeight)
        .map((link) => link.href);
    const activeNav = [...document.querySelectorAll(
        "nav.md-nav--primary li.md-nav__item--active:not(.md-nav__item--nested) > a.md-nav__link"
    )].map((link) => [link.href, getComputedStyle(link).color]);
    const footer = [...document.querySelectorAll("a.md-footer__link")].map((link) => link.href);
    return {column: column.map(Math.round), blocks, labels, nearTop, activeNav, footer};
}"""


def notebooks(site) -> list[str]:
    return [page for page in site.pages if page.startswith("notebooks/")]


def code_cells(site, page: str) -> list[dict]:
    """The code cells of the notebook a page shows, as readers download it."""
    name = page.removeprefix("notebooks/").strip("/")
    cells = json.loads((site.root / page / f"{name}.ipynb").read_text())["cells"]
    return [cell for cell in cells if cell["cell_type"] == "code"]


@pytest.fixture(scope="module")
def readings(browser, site) -> dict[tuple[str, str], dict]:
    """READ_PAGE on every notebook page and every chapter with a notebook, per screen."""
    chapters = [site.source_page(page) for page in notebooks(site)]
    found = {}
    for screen in SCREENS:
        with reading(browser, site, screen) as reader:
            for page in notebooks(site) + chapters:
                found[screen, page] = reader.goto(page, wait_until="load").evaluate(READ_PAGE)
    return found


@pytest.mark.parametrize("screen", SCREENS)
def test_code_and_outputs_use_the_whole_column(readings, site, screen):
    narrow = []
    for page in notebooks(site):
        found = readings[screen, page]
        assert found["blocks"], f"{page}: no code block measured"
        left, right = found["column"]
        cut = [b for b in found["blocks"] if b["left"] > left + 1 or b["right"] < right - 1]
        if cut:
            starts = sorted({b["left"] - left for b in cut})
            ends = sorted({b["right"] - left for b in cut})
            narrow.append(
                f"{page}: {len(cut)} of {len(found['blocks'])} blocks start at {starts} px and "
                f"end at {ends} px of a {right - left} px column"
            )
    assert not narrow, "\n".join(narrow)


@pytest.mark.parametrize("screen", SCREENS)
def test_no_line_of_code_or_output_wraps_or_is_cut_off(readings, site, screen):
    wrong = [
        f"{page}: {block['lines']} lines shown on {block['lineBoxes']}"
        f"{', cut off' if block['cutOff'] else ''}: {block['first']!r}"
        for page in notebooks(site)
        for block in readings[screen, page]["blocks"]
        if block["lineBoxes"] > block["lines"] or block["cutOff"]
    ]
    assert not wrong, f"{len(wrong)} blocks wrap or are cut off:\n" + "\n".join(wrong[:20])


def test_prompts_show_on_a_desktop_and_not_on_a_phone(readings, site):
    wrong = []
    for page in notebooks(site):
        shown = {
            screen: sum(bool(IN_PROMPT.match(label)) for label in readings[screen, page]["labels"])
            for screen in SCREENS
        }
        if shown != {"desktop": len(code_cells(site, page)), "phone": 0}:
            wrong.append(f"{page}: {len(code_cells(site, page))} code cells, prompts: {shown}")
    assert not wrong, "\n".join(wrong)


def test_outputs_are_labelled_and_tags_are_not_shown(readings, site):
    wrong = []
    for page in notebooks(site):
        cells = code_cells(site, page)
        outputs = sum(len(cell["outputs"]) for cell in cells)
        tags = {tag for cell in cells for tag in cell["metadata"].get("tags", [])}
        labels = readings["desktop", page]["labels"]
        labelled, shown_tags = labels.count("Output"), tags & set(labels)
        if labelled != outputs or shown_tags:
            wrong.append(
                f"{page}: {outputs} outputs, {labelled} labelled, tags shown: {sorted(shown_tags)}"
            )
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("screen", SCREENS)
def test_a_notebook_and_its_chapter_link_to_each_other_near_the_top(readings, site, screen):
    missing = []
    for page in notebooks(site):
        notebook, chapter = site.url + page, site.url + site.source_page(page)
        if chapter not in readings[screen, page]["nearTop"]:
            missing.append(f"{page}: no link to {chapter} on the first screen")
        if notebook not in readings[screen, site.source_page(page)]["nearTop"]:
            missing.append(f"{site.source_page(page)}: no link to {notebook} on the first screen")
    assert not missing, "\n".join(missing)


def test_a_notebook_page_shows_where_it_belongs(readings, site):
    """Its chapter is the current item of the navigation, marked as on the chapter
    itself, and the footer leads back to it."""
    lost = []
    for page in notebooks(site):
        found, chapter = readings["desktop", page], site.url + site.source_page(page)
        marked = readings["desktop", site.source_page(page)]["activeNav"]
        if found["activeNav"] != marked or [href for href, _ in marked] != [chapter]:
            lost.append(f"{page}: the navigation marks {found['activeNav']}, not {marked}")
        if chapter not in found["footer"]:
            lost.append(f"{page}: the footer links to {found['footer']}")
    assert not lost, "\n".join(lost)


#: The look of a page's first keyword, the code block around it, and its first
#: "Output" label, as computed.
READ_LOOK = """() => {
    const article = document.querySelector("article.md-content__inner");
    const background = (element) => {
        for (; element; element = element.parentElement) {
            const colour = getComputedStyle(element).backgroundColor;
            if (colour !== "rgba(0, 0, 0, 0)") return colour;
        }
    };
    const look = (element) => {
        if (!element) return null;
        const style = getComputedStyle(element);
        return {
            font: `${style.fontWeight} ${style.fontSize}/${style.lineHeight} ${style.fontFamily}`,
            colour: style.color, background: background(element),
            // Sideways: a block's top depends on its title (the copy button, extra.css).
            padding: `${style.paddingLeft} ${style.paddingRight}`,
        };
    };
    const leaves = [...article.querySelectorAll("pre *, pre")]
        .filter((e) => e.children.length === 0);
    const keyword = leaves.find((e) => ["import", "async", "def"].includes(e.textContent.trim()));
    const label = [...article.querySelectorAll("*")]
        .find((e) => e.children.length === 0 && e.textContent.trim() === "Output");
    const block = keyword && (keyword.closest("pre code") || keyword.closest("pre"));
    return {code: look(block), keyword: look(keyword), label: look(label)};
}"""


def test_a_notebook_looks_like_its_chapter(browser, site):
    """In both colour schemes: its code, keywords and "Output" labels as the chapter's."""
    notebook, chapter = "notebooks/event-loop/", site.source_page("notebooks/event-loop/")
    looks = {}
    with reading(browser, site, "desktop") as reader:
        for page in (notebook, chapter):
            reader.goto(page, wait_until="load")
            # The colours at rest: a switch of scheme fades them (harness/site/postbuild.py).
            reader.page.add_style_tag(content="* { transition: none !important }")
            for scheme in ("light", "dark"):
                looks[scheme, page] = reader.page.evaluate(READ_LOOK)
                switch_scheme(reader.page)
    differences = [
        f"{scheme} {part}: notebook {looks[scheme, notebook][part]}, "
        f"chapter {looks[scheme, chapter][part]}"
        for scheme in ("light", "dark")
        for part in ("code", "keyword", "label")
        if looks[scheme, notebook][part] != looks[scheme, chapter][part]
    ]
    assert not differences, "\n".join(differences)


def test_the_measures_see_what_they_should(browser):
    """READ_PAGE on a page made to fail: a block narrower than the column whose line
    wraps, one whose line is cut off; and a block that is right, padded, as Material's."""
    context = browser.new_context(viewport=SCREENS["phone"])
    page = context.new_page()
    page.set_content(
        '<body style="margin: 0"><article class="md-content__inner" style="padding: 0 16px">'
        '<pre style="width: 50%; white-space: pre-wrap">' + "x " * 200 + "</pre>"
        '<pre style="overflow: visible">' + "y" * 200 + "</pre>"
        '<pre><code style="display: block; padding: 1em; overflow: auto">'
        + f"a\n\n  b{'z' * 200}</code></pre>"
        '<a href="http://127.0.0.1/chapter/">In [1]:</a></article>'
    )
    found = page.evaluate(READ_PAGE)
    context.close()
    wrapping, cut_off, right = found["blocks"]
    assert found["column"] == [16, 374]
    assert wrapping["right"] < found["column"][1] and wrapping["lineBoxes"] > wrapping["lines"] == 1
    assert cut_off["cutOff"] and cut_off["lineBoxes"] == cut_off["lines"] == 1
    assert not right["cutOff"] and right["lineBoxes"] == right["lines"] == 2
    assert IN_PROMPT.match(found["labels"][-1])
    assert found["nearTop"] == ["http://127.0.0.1/chapter/"]
