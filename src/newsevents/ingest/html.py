"""HTML pages to main text and metadata with trafilatura (dates by htmldate, through trafilatura)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import trafilatura
from lxml.html import HtmlElement, HTMLParser, fromstring
from trafilatura import metadata
from trafilatura.utils import HTML_PARSER, load_html

from newsevents.errors import InputError

# Extraction time grows faster than page size (htmldate scans every element): pages over _STRIP_ABOVE
# characters lose their scripts (JSON-LD metadata kept), styles and comments; markup still over
# _MAX_MARKUP is refused. The largest page of the scrapinghub benchmark has 215 kB of markup left.
# An element or comment left unclosed runs to the end of the page, as in a browser: so no failed match
# rescans the rest of the page, and stripping stays linear.
_STRIP_ABOVE = 1_000_000
# libxml2 stops at 256 levels of nesting and drops what lies deeper; such a page is parsed again without the
# limit (its size is bounded by _MAX_MARKUP). trafilatura's parser settings, plus huge_tree.
_DEEP_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)
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
    if tree is not None and any("Excessive depth" in error.message for error in HTML_PARSER.error_log):
        tree = fromstring(html.encode("utf-8"), parser=_DEEP_PARSER)
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
    """trafilatura's metadata of the parsed page; dates by htmldate, the original date first, searched
    extensively."""
    dates = {"original_date": True, "extensive_search": True, "max_date": date.today().isoformat()}
    return metadata.extract_metadata(tree, date_config=dates)
