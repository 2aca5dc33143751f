"""MkDocs hook: a robots.txt that lets every crawler in and names the sitemap.

Search engines read it at the root of a host, so it matters once the site has
a domain of its own; Lighthouse's SEO audit checks that it is valid.
"""

from __future__ import annotations

from pathlib import Path


def on_post_build(config, **_) -> None:
    sitemap = f"{config.site_url.rstrip('/')}/sitemap.xml"
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"
    (Path(config.site_dir) / "robots.txt").write_text(robots)
