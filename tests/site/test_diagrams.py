"""The diagrams' drawings (harness/site/diagrams.py): one per fence and scheme,
made from that fence, and put into its page by the build."""

from __future__ import annotations

import re
from html import unescape

import pytest
from pymdownx.superfences import SuperFencesException

from harness.site.diagrams import DRAWINGS, SCHEMES, diagrams, drawing, drawn

TAG = re.compile(r"<[^>]+>")
STYLE = re.compile(r"<style>.*?</style>", re.S)


def test_every_diagram_is_drawn_in_every_scheme_and_no_drawing_is_left_over():
    names = {diagram.name for diagram in diagrams()}
    assert len(names) >= 40, "fewer diagrams than the site has"
    missing = [
        f"{diagram} ({scheme})"
        for diagram in diagrams()
        for scheme in SCHEMES
        if not drawing(diagram.name, scheme).exists()
    ]
    assert not missing, f"not drawn, run `make diagrams`: {missing}"
    left_over = [path.name for path in DRAWINGS.glob("*") if path.name.split(".")[0] not in names]
    assert not left_over, f"drawings no fence uses, run `make diagrams`: {left_over}"


@pytest.mark.parametrize("diagram", diagrams(), ids=str)
def test_a_drawing_shows_what_its_source_says(diagram):
    for scheme in SCHEMES:
        svg = drawing(diagram.name, scheme).read_text(encoding="utf-8")
        shown = squeezed(unescape(TAG.sub(" ", STYLE.sub("", svg))))
        labels = diagram_labels(diagram.source)
        assert labels, f"{diagram}: no label found to look for"
        missing = [label for label in labels if squeezed(label) not in shown]
        assert not missing, f"{diagram} ({scheme}): {missing} are not in the drawing"


def test_a_changed_diagram_fails_the_build_until_it_is_drawn():
    with pytest.raises(SuperFencesException, match=r"'flowchart LR'.*run `make diagrams`"):
        drawn("flowchart LR\n    A --> B[never drawn]\n", "mermaid", "diagram", {}, None)


def diagram_labels(source: str) -> set[str]:
    """Text a diagram's source asks Mermaid to draw: names of participants, states and
    boxes (`participant A as Name`, `state "Name" as A`, `A["Name"]`), titles and
    sections, and what follows a
    colon at the end of a line (messages, transitions, notes); in a Gantt chart, what
    comes before the colon (the task; after it come its id and times)."""
    if source.lstrip().startswith("gantt"):
        tasks = re.findall(r"^[ \t]*(?![ \t]|title\b)([^:\n]+?)\s*:", source, re.M)
        return {*tasks, *re.findall(r"^\s*section +(.+?)\s*$", source, re.M)}
    found = re.findall(
        r'^\s*state "([^"]+)" as \w+$|^(?!\s*state ").*\bas ([\w ]+?)$'
        r'|\w[\[({]+"?([^"\[\](){}]+)"?[\])}]'
        r"|^\s*(?:participant|actor|title|section|state) +(?!.* as )(.+?)$|:\s*([^:\n]+)$",
        source,
        re.M,
    )
    labels = {re.sub(r"<br\s*/?>", " ", unescape(text)) for group in found for text in group}
    # A colon inside a quoted box label is not a message: `S["step: send()"]`.
    return {label.strip() for label in labels if label.strip() and '"' not in label}


def squeezed(text: str) -> str:
    """Without spaces: Mermaid may break a long label over lines."""
    return re.sub(r"\s+", "", text)
