"""The diagrams as a reader sees them: in both colour schemes, and on a phone.

The build puts a drawing per scheme into the page (harness/site/diagrams.py);
what is measured here is the one the reader's scheme shows: its text against
what lies under it (4.5:1, WCAG AA), its lines and arrowheads against what
they are drawn on (3:1, WCAG's non-text contrast), and on a 390 px phone the
size its text is shown at.
"""

from __future__ import annotations

import pytest

from harness.site.diagrams import SMALLEST_TEXT_PX

from .conftest import SCREENS, reading
from .tour import SCHEMES

pytestmark = pytest.mark.browser

TEXT_CONTRAST = 4.5
LINE_CONTRAST = 3.0

#: For each diagram shown: its text (colour, what lies under it, size shown at)
#: and its lines and arrowheads (colour, what lies under them). What lies under
#: a point is worked out from the drawing, shapes painted in document order,
#: over the page's background: no scrolling, and nothing hidden by the header.
MEASURE = """() => {
    const rgba = (colour) => {
        const parts = colour.match(/[\\d.]+/g).map(Number);
        return parts.length === 3 ? [...parts, 1] : parts;
    };
    const over = ([r, g, b, a], [R, G, B]) =>
        [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
    const paint = (element, property) => {
        const value = getComputedStyle(element)[property];
        if (!value || value === "none" || value.startsWith("url")) return null;
        const colour = rgba(value);
        const style = getComputedStyle(element);
        colour[3] *= Number(style.opacity) * Number(style[property + "Opacity"] ?? 1);
        return colour[3] > 0 ? colour : null;
    };
    const page = rgba(getComputedStyle(document.body).backgroundColor);
    const shapes = "rect, path, polygon, circle, ellipse";
    return [...document.querySelectorAll("figure.diagram > svg")]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const filled = [...svg.querySelectorAll(shapes)].filter(
                (shape) => !shape.closest("marker, defs") && paint(shape, "fill"));
            // What lies under a point of the page: the filled shapes there, in order.
            // A line is measured against what it is drawn on, not its own shape's fill
            // (a node's outline, in the group that draws the node).
            const under = (x, y, above, own = null) => filled
                .filter((shape) =>
                    above.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_PRECEDING)
                .filter((shape) => shape.parentElement !== own)
                .filter((shape) => {
                    const box = shape.getBoundingClientRect();
                    return box.left <= x && x <= box.right && box.top <= y && y <= box.bottom;
                })
                .reduce((below, shape) => over(paint(shape, "fill"), below), page);
            const texts = [...svg.querySelectorAll("text, foreignObject span, foreignObject p")]
                .filter((element) => [...element.childNodes].some(
                    (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()))
                .map((element) => {
                    const box = element.getBoundingClientRect();
                    const inHtml = element.closest("foreignObject") !== null;
                    let colour = paint(element, inHtml ? "color" : "fill");
                    let ground = under(box.left + box.width / 2, box.top + box.height / 2, element);
                    // An HTML label may have a background of its own (edge labels do).
                    const label = inHtml ? element.closest("foreignObject") : element;
                    for (let at = element; at !== label; at = at.parentElement) {
                        const own = rgba(getComputedStyle(at).backgroundColor);
                        if (own[3] > 0) { ground = over(own, ground); break; }
                    }
                    return {
                        text: element.textContent.trim(), colour: over(colour, ground), ground,
                        px: parseFloat(getComputedStyle(element).fontSize) * scale,
                    };
                });
            const lines = [...svg.querySelectorAll("path, line, polyline")]
                .filter((line) => !line.closest("marker, defs") && !paint(line, "fill")
                    && paint(line, "stroke") && line.getTotalLength() > 0)
                .flatMap((line) => {
                    const point = (at) => {
                        const local = line.getPointAtLength(at)
                            .matrixTransform(line.getScreenCTM());
                        return [local.x, local.y];
                    };
                    const length = line.getTotalLength();
                    const what = `${line.tagName}.${line.getAttribute("class") || ""}`;
                    const measured = [{what, colour: paint(line, "stroke"), at: point(length / 2)}];
                    const end = getComputedStyle(line).markerEnd;
                    const marker = end && end !== "none"
                        && svg.querySelector(end.match(/#[^")]+/)[0]);
                    const head = marker && marker.querySelector("path, polygon, circle");
                    if (head) {
                        const colour = paint(head, "fill") || paint(head, "stroke");
                        measured.push({what: `arrowhead of ${what}`, colour, at: point(length)});
                    }
                    return measured
                        .filter((part) => part.colour)
                        .map((part) => {
                            const ground = under(...part.at, line, line.parentElement);
                            return {...part, colour: over(part.colour, ground), ground};
                        });
                });
            return {id: svg.id, texts, lines};
        });
}"""


def luminance(colour: list[float]) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in colour[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: list[float], other: list[float]) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_of(colour: list[float]) -> str:
    return "#" + "".join(f"{round(value):02x}" for value in colour[:3])


def measure(page, scheme: str) -> list[dict]:
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    return page.evaluate(MEASURE)


def shown(browser, site, screen: str) -> dict[str, list[tuple[str, dict]]]:
    """Each diagram page, visited once on this screen: what each scheme shows."""
    pages = site.with_diagrams()
    assert pages, "no page has a diagram: nothing to check"
    found = {scheme: [] for scheme in SCHEMES}
    with reading(browser, site, screen) as reader:
        for target in pages:
            page = reader.goto(target, wait_until="domcontentloaded")
            for scheme, diagrams in found.items():
                drawn = measure(page, scheme)
                assert drawn, f"{target}: no diagram shown in the {scheme} scheme"
                diagrams += [(target, diagram) for diagram in drawn]
    return found


@pytest.fixture(scope="module")
def on_a_desktop(browser, site):
    return shown(browser, site, "desktop")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_diagram_text_lines_and_arrowheads_stand_out_from_the_page(on_a_desktop, scheme):
    faint = []
    for target, diagram in on_a_desktop[scheme]:
        assert diagram["texts"], f"{target}: {diagram['id']} shows no text"
        for part, least in [(text, TEXT_CONTRAST) for text in diagram["texts"]] + [
            (line, LINE_CONTRAST) for line in diagram["lines"]
        ]:
            ratio = contrast(part["colour"], part["ground"])
            if ratio < least:
                what = part.get("what") or f"text {part['text']!r}"
                faint.append(
                    f"{target} {diagram['id']}: {what} {hex_of(part['colour'])} "
                    f"on {hex_of(part['ground'])}: {ratio:.2f}:1"
                )
    arrowheads = [
        line
        for _, diagram in on_a_desktop[scheme]
        for line in diagram["lines"]
        if line["what"].startswith("arrowhead")
    ]
    assert arrowheads, "no arrowhead was measured"
    assert not faint, f"{len(faint)} faint parts in the {scheme} scheme:\n" + "\n".join(faint)


def test_diagram_text_is_legible_on_a_phone(browser, site):
    small = []
    for target, diagram in shown(browser, site, "phone")["default"]:
        smallest = min(diagram["texts"], key=lambda text: text["px"])
        if smallest["px"] < SMALLEST_TEXT_PX - 0.05:
            small.append(
                f"{target} {diagram['id']}: {smallest['text']!r} at {smallest['px']:.1f} px"
            )
    assert not small, f"text under {SMALLEST_TEXT_PX} px at 390 px:\n" + "\n".join(small)


def test_the_measure_sees_faint_text_lines_arrowheads_and_small_text(browser):
    """A planted drawing: grey text on a grey box, a pale line with a pale arrowhead,
    and 8 px text; and one that passes, black on white."""
    page = browser.new_page(viewport=SCREENS["phone"])
    try:
        page.set_content(
            """<body style="background: #ffffff"><figure class="diagram">
            <svg id="planted" viewBox="0 0 200 100" width="200" height="100">
              <defs><marker id="head">
                <path d="M0,0 L4,2 L0,4 z" style="fill: #eeeeee"/>
              </marker></defs>
              <rect x="0" y="0" width="100" height="50" style="fill: #888888"/>
              <text x="10" y="30" style="fill: #777777; font-size: 16px">faint</text>
              <path d="M110,20 L190,20"
                style="fill: none; stroke: #eeeeee; marker-end: url(#head)"/>
              <text x="110" y="80" style="fill: #000000; font-size: 8px">small</text>
            </svg></figure></body>"""
        )
        [drawn] = page.evaluate(MEASURE)
    finally:
        page.close()
    texts = {text["text"]: text for text in drawn["texts"]}
    assert contrast(texts["faint"]["colour"], texts["faint"]["ground"]) < TEXT_CONTRAST
    assert hex_of(texts["faint"]["ground"]) == "#888888"
    assert contrast(texts["small"]["colour"], texts["small"]["ground"]) > 20
    assert texts["small"]["px"] == 8
    assert [line["what"].split()[0] for line in drawn["lines"]] == ["path.", "arrowhead"]
    assert all(contrast(line["colour"], line["ground"]) < LINE_CONTRAST for line in drawn["lines"])
