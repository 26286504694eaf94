"""HTML pages to main text and metadata with trafilatura."""

from __future__ import annotations

from typing import Any

import trafilatura

from newsevents.errors import InputError


def extract_html(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """The article body (comments excluded) and its metadata: title, published, url, author, site."""
    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=False
    )
    if result is None or not (result.text or "").strip():
        raise InputError(source, "no article text found in the HTML")
    meta = {
        "title": result.title,
        "published": result.date,
        "url": result.url,
        "author": result.author,
        "site": result.sitename,
    }
    return result.text, meta
