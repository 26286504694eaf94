"""Raw input to clean text and metadata: the front door is ``to_document(record)``.

``read`` turns paths (files, directories, stdin) into ``Record`` objects; ``to_document`` decodes, extracts,
cleans and checks one record and returns a ``Document`` with no extraction yet, or raises ``InputError``
with a reason code (empty, binary, undecodable, too_large, boilerplate, unsupported_language, unreadable).
``Deduper`` finds exact and near duplicates (syndicated copies) among the Documents it is shown.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath
from typing import Any

from newsevents import settings
from newsevents.document import Article, Document
from newsevents.errors import InputError
from newsevents.ingest.clean import clean_text
from newsevents.ingest.dateline import parse_dateline
from newsevents.ingest.decode import decode_bytes, looks_like_html
from newsevents.ingest.dedup import Deduper, mark_duplicates
from newsevents.ingest.formats import iso_date, read_jsonl
from newsevents.ingest.html import extract_html
from newsevents.ingest.language import foreign_language
from newsevents.ingest.readers import read
from newsevents.ingest.record import Record

__all__ = [
    "Deduper",
    "Record",
    "article_id",
    "extract",
    "headline",
    "iso_date",
    "mark_duplicates",
    "read",
    "read_jsonl",
    "to_document",
]

_HTML_NAMES = (".htm", ".html", ".xhtml", ".htm.gz", ".html.gz")
_LAST_WORD_END = re.compile(r".*\S(?=\s)", re.S)


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: a hash of the normalized text, plus the URL where given."""
    digest = hashlib.sha1(((url or "") + "\n" + " ".join(text.split())).encode("utf-8"))
    return digest.hexdigest()[:16]


def extract(record: Record) -> tuple[str, dict[str, Any]]:
    """Decode, extract and clean one record: its clean text and the page's metadata (title, published, url,
    author, site). Raises InputError; checks neither length nor language."""
    source = record.source
    if record.error:
        raise InputError(source, record.error, "unreadable")
    html, text = record.html, record.text
    size = len(record.data) if record.data is not None else len(html or text or "")
    if size > settings.get("max_input_bytes"):
        raise InputError(source, f"input of over {settings.get('max_input_bytes')} bytes", "too_large")
    if record.data is not None:
        decoded = decode_bytes(record.data, source)
        is_html = looks_like_html(decoded) or PurePath(source).name.lower().endswith(_HTML_NAMES)
        html, text = (decoded, None) if is_html else (None, decoded)
    page: dict[str, Any] = {}
    if html is not None:
        text, page = extract_html(html, source)
    if text is None or not text.strip():
        raise InputError(source, "empty text", "empty")
    page["html"] = html is not None
    return clean_text(text, record.title or page.get("title")), page


def headline(text: str) -> str | None:
    """The first line of a plain text when it reads as a headline: short, alone in its paragraph, and not
    ending as a sentence does."""
    first, _, rest = text.partition("\n\n")
    first = first.strip()
    if (
        rest
        and "\n" not in first
        and 0 < len(first) <= 150
        and not first.endswith((".", "!", "?", '"', "”", ":"))
    ):
        return first
    return None


def to_document(record: Record) -> Document:
    """Decode, extract and clean one record; raise InputError naming the input, the reason and its code.

    Dates, URLs and titles come from the record (explicit arguments are set there by the caller) before the
    page's own; the page's author, site, canonical URL and the dateline go to ``Article.meta``. A text over
    ``max_chars`` is cut and a date that is not one set to None, each recorded in ``errors`` (stage "ingest").
    """
    source = record.source
    text, page = extract(record)
    notes: list[str] = []
    limit = settings.get("max_chars")
    if len(text) > limit:
        notes.append(f"{source}: text of {len(text)} characters cut at {limit} characters (max_chars)")
        text = _cut(text, limit)
    if len(text) < settings.get("min_text_chars"):
        code = "boilerplate" if page["html"] else "empty"
        raise InputError(source, f"text too short after cleaning ({len(text)} characters)", code)
    language = foreign_language(text)
    if language:
        raise InputError(source, f"language is {language!r}, not English", "unsupported_language")
    url = record.url or page.get("url")
    given = record.published or page.get("published")
    published = iso_date(given)
    if given and published is None:
        notes.append(f"{source}: published {given!r} is not a date; set to null")
    meta = {
        "author": page.get("author"),
        "site": page.get("site"),
        "canonical_url": page.get("url"),
        "dateline": parse_dateline(text),
    }
    article = Article(
        id=record.id or article_id(text, url),
        text=text,
        url=url,
        title=record.title or page.get("title") or (None if page["html"] else headline(text)),
        published=published,
        language="en",
        meta=meta,
    )
    doc = Document(article)
    for note in notes:
        doc.fail("ingest", note)
    return doc


def _cut(text: str, limit: int) -> str:
    """The text cut to at most ``limit`` characters, after its last whole word (mid-word if it has none)."""
    head = text[: limit + 1]
    match = _LAST_WORD_END.match(head)
    return match.group() if match else head[:limit]
