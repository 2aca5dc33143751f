"""The diagrams: every ```mermaid fence, drawn once as SVG and put into its page.

Readers get the drawing, not a program that draws it: no script, nothing to
wait for, and text that search, print and axe can see. ``make diagrams``
(``python -m harness.site.diagrams``) draws each fence that has no drawing yet,
with Mermaid in Chromium (the browser checks' tools, tests/browser/tools.py),
once per colour scheme, and removes the drawings no fence uses. They are kept
in ``diagrams/``, named by a digest of the fence and of the settings below, so
that a changed fence has no drawing until it is drawn again: the build then
fails and says so.

The build (``drawn``, the fence's formatter in mkdocs.yml) puts both drawings
into the page, at their natural size; the stylesheet shows the one of the
reader's scheme, and lets a drawing shrink to the column only as far as its
smallest text stays at ``SMALLEST_TEXT_PX``. A wider one scrolls sideways.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from pymdownx.superfences import SuperFencesException

from ..fences import DRAWN_LANGUAGES, page_fences
from ..settings import HOME

DRAWINGS = HOME / "diagrams"
DOCS = HOME / "docs"
MERMAID = HOME / "tests" / "browser" / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
#: Text in a diagram is never drawn smaller than this, at any width (CSS px).
SMALLEST_TEXT_PX = 11
#: The body text's fonts (Material's, with `font: false`).
FONTS = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
#: Material's colour schemes, and how Mermaid draws for each: in the site's teal
#: (extra.css, Identity), with contrast against the page (tests/browser/test_diagrams.py).
SCHEMES = {
    "default": {
        "theme": "base",
        "themeVariables": {
            "background": "#ffffff",
            "primaryColor": "#e0f2f1",
            "primaryBorderColor": "#0b6b66",
            "primaryTextColor": "#1a1a1a",
            "lineColor": "#4a4a4a",
            "textColor": "#1a1a1a",
            "noteBkgColor": "#fff8e1",
            "noteTextColor": "#1a1a1a",
            "noteBorderColor": "#8d6e00",
            "clusterBkg": "#f3f8f7",
            "clusterBorder": "#3f9b95",
            "titleColor": "#1a1a1a",
            "edgeLabelBackground": "#ffffff",
        },
    },
    "slate": {
        "theme": "base",
        "themeVariables": {
            "darkMode": True,
            "background": "#1e2129",
            "primaryColor": "#183c3a",
            "primaryBorderColor": "#5ed4c6",
            "primaryTextColor": "#eceff1",
            "lineColor": "#b2dfdb",
            "textColor": "#eceff1",
            "noteBkgColor": "#3e3524",
            "noteTextColor": "#eceff1",
            "noteBorderColor": "#d9b25a",
            "clusterBkg": "#262b38",
            "clusterBorder": "#3f9b95",
            "titleColor": "#eceff1",
            "edgeLabelBackground": "#1e2129",
        },
    },
}
#: What every drawing shares. Gantt charts take the width of the page they are
#: drawn in (COLUMN_PX, about the column's) and label their axis at 10 px.
COLUMN_PX = 720
COMMON = {
    "fontFamily": FONTS,
    "securityLevel": "strict",
    "gantt": {"fontSize": 14, "sectionFontSize": 14},
    # Narrower sequence diagrams: closer, smaller actors. (Mermaid's `wrap`
    # would break identifiers in the middle.)
    "sequence": {"actorMargin": 24, "width": 120, "noteMargin": 8},
    "themeCSS": ".tick text { font-size: 14px; }",
}
SETTINGS = {**COMMON, "column": COLUMN_PX, "schemes": SCHEMES}


def digest(source: str) -> str:
    """The name of a fence's drawings: its source, and the settings and code that draw it."""
    drawn_from = json.dumps(SETTINGS, sort_keys=True) + DRAW + textwrap.dedent(source).strip()
    return hashlib.sha256(drawn_from.encode()).hexdigest()[:16]


def drawing(name: str, scheme: str) -> Path:
    return DRAWINGS / f"{name}.{scheme}.svg"


@dataclass(frozen=True)
class Diagram:
    page: Path
    line: int
    source: str

    @property
    def name(self) -> str:
        return digest(self.source)

    def __str__(self) -> str:
        return f"{self.page.relative_to(HOME)}:{self.line}"


def diagrams(docs: Path = DOCS) -> list[Diagram]:
    """Every diagram fence of the site's pages, in page order."""
    found = []
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for fence in page_fences(text, str(page)):
            if fence.language in DRAWN_LANGUAGES:
                found.append(Diagram(page, text.count("\n", 0, fence.start) + 1, fence.source))
    return found


# -- The build ---------------------------------------------------------------

OPENING_TAG = re.compile(r"<svg\b[^>]*>")
ATTRIBUTE = re.compile(r'(?P<name>[\w:-]+)="(?P<value>[^"]*)"')


def drawn(source, language, css_class, options, md, **kwargs) -> str:
    """The figure for a diagram fence: its drawing in each scheme (superfences' formatter)."""
    name = digest(source)
    missing = [scheme for scheme in SCHEMES if not drawing(name, scheme).exists()]
    if missing:
        first = textwrap.dedent(source).strip().splitlines()[0]
        raise SuperFencesException(
            f"the diagram that begins {first!r} has no drawing ({name}): "
            "run `make diagrams` and commit diagrams/"
        )
    svgs = [
        _inline(drawing(name, scheme).read_text(encoding="utf-8"), scheme) for scheme in SCHEMES
    ]
    return f'<figure class="diagram" tabindex="0">{"".join(svgs)}</figure>'


def _inline(svg: str, scheme: str) -> str:
    """A drawing at its natural size, shrinking no further than its smallest text allows."""
    opening = OPENING_TAG.search(svg)
    attributes = dict(ATTRIBUTE.findall(opening.group(0)))
    *_, width, height = (float(number) for number in attributes["viewBox"].split())
    narrowest = width * SMALLEST_TEXT_PX / float(attributes.pop("data-smallest-text"))
    natural = max(1, narrowest / width)  # enlarged if Mermaid drew text smaller
    attributes.update(
        {
            "class": f"diagram__{scheme}",
            "width": f"{width * natural:.0f}",
            "height": f"{height * natural:.0f}",
            "style": f"min-width: {narrowest:.0f}px",
        }
    )
    if scheme != "default":  # the same words once in the search index
        attributes["data-search-exclude"] = ""
    tag = "<svg " + " ".join(f'{name}="{value}"' for name, value in attributes.items()) + ">"
    return svg[: opening.start()] + tag + svg[opening.end() :]


# -- Drawing (make diagrams) -------------------------------------------------

DRAW = """async ([text, id, settings]) => {
    mermaid.initialize({startOnLoad: false, ...settings});
    const {svg} = await mermaid.render(id, text);
    const holder = document.createElement("div");
    holder.innerHTML = svg;
    document.body.append(holder);
    const drawing = holder.querySelector("svg");
    // Valid in an HTML page: Mermaid names shapes with an attribute SVG lacks,
    // sizes circles as if they were boxes, and puts paragraphs in its spans.
    drawing.querySelectorAll("[name]").forEach((shape) => shape.removeAttribute("name"));
    drawing.querySelectorAll("circle").forEach((circle) => {
        circle.removeAttribute("width");
        circle.removeAttribute("height");
    });
    drawing.querySelectorAll("span > p").forEach((paragraph) => {
        const span = document.createElement("span");
        span.className = "diagram-paragraph";
        span.append(...paragraph.childNodes);
        paragraph.replaceWith(span);
    });
    // Only the rules of Mermaid's stylesheet that style something in this drawing.
    const style = drawing.querySelector("style");
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent);
    const used = (rule) => {
        if (!rule.selectorText) return true; // @keyframes and the like
        const selector = rule.selectorText.replace(/::?[\\w-]+(\\([^)]*\\))?/g, "");
        try {
            return drawing.matches(selector) || drawing.querySelector(selector) !== null;
        } catch {
            return true;
        }
    };
    style.textContent = [...sheet.cssRules].filter(used).map((rule) => rule.cssText).join("");
    // The smallest text the drawing holds, at its natural size.
    const texts = [...drawing.querySelectorAll("text, tspan, foreignObject *")]
        .filter((element) => element.textContent.trim());
    const sizes = texts.map((element) => parseFloat(getComputedStyle(element).fontSize));
    const smallest = Math.min(...sizes);
    drawing.setAttribute("data-smallest-text", smallest);
    holder.remove();
    return new XMLSerializer().serializeToString(drawing);
}"""


def draw(wanted: list[Diagram]) -> None:
    """Draw each diagram in every scheme, into DRAWINGS."""
    from playwright.sync_api import sync_playwright

    from tests.browser.tools import CHROMIUM, CHROMIUM_FLAGS

    DRAWINGS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": COLUMN_PX, "height": 800})
        page.set_content("<!doctype html><html><body></body></html>")
        page.add_script_tag(path=MERMAID)
        for diagram in wanted:
            for scheme, theme in SCHEMES.items():
                settings = {**COMMON, **theme}
                svg = page.evaluate(
                    DRAW, [diagram.source, f"diagram-{diagram.name}-{scheme}", settings]
                )
                drawing(diagram.name, scheme).write_text(svg + "\n", encoding="utf-8")
            print(f"drew {diagram}")
        browser.close()


def main() -> int:
    wanted = {diagram.name: diagram for diagram in diagrams()}
    stale = [path for path in DRAWINGS.glob("*.svg") if path.name.split(".")[0] not in wanted]
    for path in stale:
        path.unlink()
        print(f"removed {path.relative_to(HOME)}")
    missing = [
        diagram
        for name, diagram in wanted.items()
        if not all(drawing(name, scheme).exists() for scheme in SCHEMES)
    ]
    if missing:
        draw(missing)
    print(f"{len(wanted)} diagrams: {len(missing)} drawn, {len(stale)} drawings removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
