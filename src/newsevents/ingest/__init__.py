"""Raw input to clean text and metadata: the front door is ``to_document(record)``.

Readers turn paths into ``Record`` objects (``read``); ``to_document`` decodes, extracts, cleans and
checks one record and returns a ``Document`` with no extraction yet, or raises ``InputError``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from newsevents import settings
from newsevents.document import Article, Document
from newsevents.errors import InputError
from newsevents.ingest.clean import clean_text
from newsevents.ingest.decode import decode_bytes, looks_like_html
from newsevents.ingest.html import extract_html


@dataclass
class Record:
    """One raw input: exactly one of text, html or data (undecoded bytes), plus what is known of it."""

    source: str
    id: str | None = None
    text: str | None = None
    html: str | None = None
    data: bytes | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    error: str | None = None


def article_id(text: str, url: str | None = None) -> str:
    """A stable id: a hash of the normalized text, plus the URL where given."""
    digest = hashlib.sha1(((url or "") + "\n" + " ".join(text.split())).encode("utf-8"))
    return digest.hexdigest()[:16]


def to_document(record: Record) -> Document:
    """Decode, extract and clean one record; raise InputError naming the input and the reason."""
    if record.error:
        raise InputError(record.source, record.error)
    html, text, meta = record.html, record.text, {}
    if record.data is not None:
        if len(record.data) > settings.get("max_input_bytes"):
            raise InputError(record.source, f"input of {len(record.data)} bytes exceeds max_input_bytes")
        decoded = decode_bytes(record.data, record.source)
        html, text = (decoded, None) if looks_like_html(decoded) else (None, decoded)
    if html is not None:
        text, meta = extract_html(html, record.source)
    if text is None or not text.strip():
        raise InputError(record.source, "empty text")
    text = clean_text(text)
    if len(text) < settings.get("min_text_chars"):
        raise InputError(record.source, f"text too short after cleaning ({len(text)} characters)")
    published = record.published or meta.pop("published", None)
    url = record.url or meta.pop("url", None)
    title = record.title or meta.pop("title", None)
    meta.pop("published", None), meta.pop("url", None), meta.pop("title", None)
    article = Article(
        id=record.id or article_id(text, url),
        text=text,
        url=url,
        title=title,
        published=published,
        language="en",
        meta=meta,
    )
    return Document(article)


def read_jsonl(stream, source: str):
    """Records from JSON Lines ``{"id", "text" or "html", "published", "url", "title"}``; a bad line yields a
    Record whose ``error`` says why, so the batch goes on."""
    import json

    handle = open(stream, "rb") if not hasattr(stream, "read") else stream
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{source}:{number}"
            try:
                item = json.loads(raw)
                if not isinstance(item, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                yield Record(where, id=where, error=f"invalid JSON: {exc}")
                continue
            record = Record(
                where,
                id=str(item["id"]) if item.get("id") is not None else None,
                text=item.get("text"),
                html=item.get("html"),
                published=item.get("published"),
                url=item.get("url"),
                title=item.get("title"),
            )
            if record.text is None and record.html is None:
                record.error = "record has neither 'text' nor 'html'"
            yield record
