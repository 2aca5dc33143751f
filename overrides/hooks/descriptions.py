"""MkDocs hook: every page needs a `description:` in its front matter.

Material turns it into the page's <meta name="description">, which search
engines show under the link. A page without one fails the strict build.
"""

from __future__ import annotations

import logging

log = logging.getLogger("mkdocs.hooks.descriptions")


def on_page_markdown(markdown: str, page, **_) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        return markdown  # notebook pages get theirs from overrides/hooks/notebooks.py
    description = (page.meta.get("description") or "").strip()
    if not description:
        log.warning("%s has no 'description:' in its front matter", page.file.src_uri)
    elif len(description) > 160:
        log.warning(
            "%s: the description is %d characters; search engines cut it at about 160",
            page.file.src_uri,
            len(description),
        )
    return markdown
