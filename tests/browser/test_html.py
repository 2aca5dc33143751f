"""Every page of the built site is valid HTML, checked by the Nu HTML Checker (vnu).

What vnu finds in markup the site does not write is allowed, each kind below
with the reason; anything else fails, page by page.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from . import tools

pytestmark = pytest.mark.browser

#: (where, message, why it is allowed): where is "notebooks/" for the notebook pages
#: (mkdocs-jupyter and nbconvert make their markup), "" for every page (Material's),
#: or one page's file.
ALLOWED = [
    (
        "",
        r"Bad value “” for attribute “tabindex” on element “label”",
        "Material's navigation labels (partials/nav-item.html) carry an empty tabindex",
    ),
    (
        "",
        r"Attribute “autocomplete” is only allowed when the input type is",
        "Material's drawer and search toggles are checkboxes with autocomplete=off",
    ),
    (
        "notebooks/",
        r"The value of the “for” attribute of the “label” element must be the ID",
        "Material's table-of-contents label points at a toggle notebook pages hide",
    ),
    (
        "guide/index.html",
        r"The value of the “for” attribute of the “label” element must be the ID",
        "Material's table-of-contents label on a part's overview (navigation.indexes), "
        "the one overview with headings, whose toggle Material leaves out",
    ),
]


def allowed(url: str, message: str) -> bool:
    return any(f"/{where}" in url and re.search(pattern, message) for where, pattern, _ in ALLOWED)


def test_the_allowlist_allows_only_what_it_names():
    label = "The value of the “for” attribute of the “label” element must be the ID of a"
    assert allowed("file:/site/notebooks/x/index.html", label)
    assert not allowed("file:/site/lecture/x/index.html", label)
    assert not allowed("file:/site/index.html", "Duplicate attribute “tabindex”.")


def test_every_page_is_valid_html(site, tools_installed):
    result = subprocess.run(
        [
            str(tools.JAVA),
            "-jar",
            str(tools.VNU),
            "--format",
            "json",
            "--skip-non-html",
            str(site.root),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{m['url'].removeprefix(site.root.as_uri())}: {m['message']}"
        for m in messages
        if m["type"] == "error" and not allowed(m["url"], m["message"])
    ]
    assert not errors, "\n".join(errors[:50])
