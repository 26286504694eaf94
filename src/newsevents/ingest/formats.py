"""One reader per container format: JSON Lines, JSON, WARC (warcio) and RSS/Atom feeds (feedparser).

Each yields Records; a broken item yields a Record whose ``error`` says why, and reading goes on where it can.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import suppress
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO

from newsevents import settings
from newsevents.ingest.record import Record

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# dateparser reads only full absolute dates here: no "yesterday", no day or year taken from today
_ABSOLUTE_DAY = {"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_TOO_DEEP = "invalid JSON: nested too deeply to read"
_SKIP_BYTES = 1 << 16  # the rest of an over-long line is skipped in pieces of this size


def read_jsonl(lines: BinaryIO | Iterable[bytes], source: str) -> Iterator[Record]:
    """Records from JSON Lines ``{"id", "text" or "html", "published", "url", "title"}``, one per line.
    A line over ``max_input_bytes`` is an error Record; a stream is read in bounded memory."""
    limit = settings.get("max_input_bytes")
    number = 0
    try:
        for number, raw in enumerate(_lines(lines, limit), 1):
            where = f"{source}:{number}"
            if raw is None:
                yield Record(where, id=where, error=f"line of over {limit} bytes (max_input_bytes)")
            elif raw.strip():
                yield _from_item(raw, where)
    except (OSError, EOFError, zlib.error) as exc:
        yield Record(f"{source}:{number + 1}", error=f"cannot read: {exc}")


def _lines(lines: BinaryIO | Iterable[bytes], limit: int) -> Iterator[bytes | None]:
    """Each line of up to ``limit`` bytes, None for a longer one; a stream's lines are read with a bounded
    ``readline``, so a longer line is never held whole."""
    if not hasattr(lines, "readline"):
        yield from (line if len(line) <= limit else None for line in lines)
        return
    while line := lines.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = lines.readline(_SKIP_BYTES)
        yield None


def read_json(data: bytes, source: str) -> Iterator[Record]:
    """Records from a JSON file holding one record object or a list of them (or, in fact, JSON Lines)."""
    try:
        value = json.loads(data)
    except RecursionError:
        yield Record(source, error=_TOO_DEEP)
        return
    except ValueError as exc:
        if "Extra data" in str(exc):
            yield from read_jsonl(data.splitlines(), source)
        else:
            yield Record(source, error=f"invalid JSON: {exc}")
        return
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, 1):
        yield _from_item(item, f"{source}:{number}" if isinstance(value, list) else source)


def _from_item(raw: bytes | Any, where: str) -> Record:
    try:
        item = json.loads(raw) if isinstance(raw, bytes) else raw
    except RecursionError:
        return Record(where, id=where, error=_TOO_DEEP)
    except ValueError as exc:
        return Record(where, id=where, error=f"invalid JSON: {exc}")
    if not isinstance(item, dict):
        return Record(where, id=where, error="not a JSON object")
    published = _str(item.get("published"))
    record = Record(
        where,
        id=str(item["id"]) if item.get("id") is not None else None,
        text=_str(item.get("text")),
        html=_str(item.get("html")),
        published=iso_date(published) or published,  # a date that is not one: to_document reports it
        url=_str(item.get("url")),
        title=_str(item.get("title")),
    )
    if record.text is None and record.html is None:
        record.error = "record has neither 'text' nor 'html'"
    return record


def read_warc(stream: BinaryIO, source: str) -> Iterator[Record]:
    """Records from the HTML (or text) responses of a WARC file, gzipped or not; other records are skipped.
    A broken record ends the file with an error Record (WARC offers no way to resynchronise)."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for entry in ArchiveIterator(stream):
            if entry.rec_type != "response" or not entry.http_headers:
                continue
            kind = (entry.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if entry.http_headers.get_statuscode() != "200" or (kind and kind not in _HTML_TYPES):
                continue
            number += 1
            url = entry.rec_headers.get_header("WARC-Target-URI")
            data = entry.content_stream().read(settings.get("max_input_bytes") + 1)
            yield Record(f"{source}#{number}", data=data, url=url)
    except Exception as exc:  # noqa: BLE001 - warcio raises anything from AttributeError to zlib.error
        yield Record(f"{source}#{number + 1}", error=f"broken WARC record: {type(exc).__name__}: {exc}")


def read_feed(data: bytes, source: str) -> Iterator[Record]:
    """Records from an RSS or Atom feed: each entry's content (else summary), link, date and title."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Record(source, error=f"feed has no entries{why}")
        return
    for number, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        body = content[0].get("value") if content else entry.get("summary")
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        record = Record(
            f"{source}#{number}",
            text=_fragment_text(body) if body and body.strip() else None,
            url=entry.get("link"),
            title=entry.get("title"),
            published=time.strftime("%Y-%m-%d", parsed) if parsed else None,
        )
        if not record.text:
            record.error = "feed entry has no content or summary"
        yield record


def _fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block element."""
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(html, create_parent="div")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content().strip()


def iso_date(value: Any) -> str | None:
    """A publication date as YYYY-MM-DD, from an ISO 8601 date or timestamp, an RFC 2822 date ("Mon, 04 Mar
    2024 10:00:00 GMT") or another absolute English date ("March 4, 2024"); None when it is not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if _ISO_DATE.match(value):
        with suppress(ValueError):
            return date.fromisoformat(value[:10]).isoformat()
        return None  # "2024-02-30": not a day, and not to be guessed at
    with suppress(TypeError, ValueError):
        return parsedate_to_datetime(value).date().isoformat()
    import dateparser

    day = dateparser.parse(value, languages=["en"], settings=_ABSOLUTE_DAY)
    return day.date().isoformat() if day else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
