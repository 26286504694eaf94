"""HTML pages to main text and metadata with trafilatura (dates by htmldate, through trafilatura)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura import metadata
from trafilatura.utils import load_html

from newsevents.errors import InputError

# Extraction time grows faster than page size (htmldate scans every element): pages over _STRIP_ABOVE
# characters lose their scripts (JSON-LD metadata kept), styles and comments; markup still over
# _MAX_MARKUP is refused. The largest page of the scrapinghub benchmark has 215 kB of markup left.
# An element or comment left unclosed runs to the end of the page, as in a browser: so no failed match
# rescans the rest of the page, and stripping stays linear.
_STRIP_ABOVE = 1_000_000
_MAX_MARKUP = 1_000_000
_NOT_TEXT = re.compile(
    r"<(script|style|svg|noscript|template)\b(?![^>]*ld\+json)[^>]*(?:>|\Z).*?(?:</\1\s*>|\Z)"
    r"|<!--.*?(?:-->|\Z)",
    re.S | re.I,
)


def extract_html(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """The article body (comments excluded) and its metadata: title, published, url, author, site.

    trafilatura's fast mode goes first (on news pages it is both quicker and more precise); its fallback
    extractors run only when that finds nothing. A page with no body text raises ``boilerplate``.
    """
    if len(html) > _STRIP_ABOVE:
        html = _NOT_TEXT.sub("", html)
        if len(html) > _MAX_MARKUP:
            raise InputError(
                source,
                f"HTML too large: {len(html)} characters of markup without scripts "
                f"and styles (the limit is {_MAX_MARKUP})",
                "too_large",
            )
    tree = load_html(html)
    if tree is None:
        raise InputError(source, "no article text found in the HTML (all boilerplate)", "boilerplate")
    page = _metadata(tree)
    result = _extract(tree, page.url, fast=True) or _extract(tree, page.url, fast=False)
    if result is None or not (result.text or "").strip():
        raise InputError(source, "no article text found in the HTML (all boilerplate)", "boilerplate")
    meta = {
        "title": page.title,
        "published": page.date,
        "url": page.url,
        "author": page.author,
        "site": page.sitename,
    }
    return result.text, meta


def _extract(tree: HtmlElement, url: str | None, fast: bool) -> Any:
    """The body text of a copy of the tree (``url`` resolves links, as trafilatura's metadata does)."""
    return trafilatura.bare_extraction(tree, url=url, fast=fast, include_comments=False)


def _metadata(tree: HtmlElement) -> Any:
    """trafilatura's ``extract_metadata`` without what is not kept here (categories, tags, license), its
    dates by htmldate with the original date first and extensive search."""
    page = metadata.examine_meta(tree)
    if page.author and " " not in page.author:
        page.author = None
    try:
        page = metadata.extract_meta_json(tree, page)
    except Exception:  # noqa: BLE001 - as trafilatura: a JSON-LD parsing bug leaves the meta tags
        pass
    page.title = page.title or metadata.extract_title(tree)
    page.author = page.author or metadata.extract_author(tree)
    page.url = page.url or metadata.extract_url(tree)
    dates = {"original_date": True, "extensive_search": True, "max_date": date.today().isoformat()}
    page.date = metadata.find_date(tree, url=page.url, **dates)
    page.sitename = _sitename(tree, page.sitename, page.url)
    page.clean_and_trim()
    return page


def _sitename(tree: HtmlElement, found: str | None, url: str | None) -> str | None:
    """The site's name as trafilatura gives it: meta tags, else the page, else the URL's host."""
    name = found or metadata.extract_sitename(tree)
    if name:
        name = name.lstrip("@")
        return name.title() if name and "." not in name and not name[0].isupper() else name
    match = metadata.META_URL.match(url) if url else None
    return match[1] if match else None
