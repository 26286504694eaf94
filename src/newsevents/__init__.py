"""newsevents: raw news to political event data (CAMEO/PLOVER events, actors, quotes, dates, places).

The front doors: ``code`` one text, ``code_many`` many records, ``Corpus`` a DuckDB store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from newsevents.document import Document
from newsevents.errors import InputError, NewsEventsError

if TYPE_CHECKING:
    from newsevents.ingest import Record

__all__ = ["Corpus", "Document", "InputError", "NewsEventsError", "code", "code_many", "Record"]


def __getattr__(name: str):
    if name == "Record":
        from newsevents.ingest import Record

        return Record
    if name == "Corpus":
        from newsevents.store import Corpus

        return Corpus
    raise AttributeError(name)


def code(
    text: str | bytes,
    published: str | date | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Document:
    """Code one article (plain text, HTML or bytes) into a Document; raises InputError on bad input."""
    from newsevents import pipeline
    from newsevents.ingest import to_document

    return pipeline.run(to_document(_record(text, "<text>", published, url, title, id)))


def code_many(
    items: Iterable[str | bytes | dict[str, Any] | Record], batch_size: int | None = None
) -> Iterator[Document]:
    """Code many articles, yielding Documents in input order, as spaCy's ``nlp.pipe`` takes texts: each
    item a text (str or bytes), a dict with ``text`` and optionally ``published`` (a string or
    ``datetime.date``), ``url``, ``title`` and ``id``, or an ``ingest.Record``. Parsing is batched; a bad
    item yields a Document whose ``errors`` say why (stage "ingest"), so nothing is lost."""
    from itertools import islice

    from newsevents import settings

    size = (batch_size or settings.get("batch_size")) * 4
    records = (_as_record(item, number) for number, item in enumerate(items, 1))
    while chunk := list(islice(records, size)):
        yield from _code_chunk(chunk, batch_size)


def _as_record(item: Any, number: int) -> Record:
    """One item of ``code_many`` as a Record; a dict without text, or another type, becomes a Record whose
    error says why."""
    from newsevents.ingest import Record

    if isinstance(item, Record):
        return item
    source = f"<item {number}>"
    if isinstance(item, str | bytes):
        return _record(item, source)
    if isinstance(item, dict) and isinstance(item.get("text"), str | bytes):
        fields = {k: item.get(k) for k in ("published", "url", "title", "id")}
        return _record(item["text"], source, **fields)
    what = "a dict without a 'text' string" if isinstance(item, dict) else type(item).__name__
    return Record(source, error=f"{what}: give a text, a dict with 'text', or a Record")


def _record(
    text: str | bytes,
    source: str,
    published: str | date | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Record:
    from newsevents.ingest import Record

    day = published.isoformat() if isinstance(published, date) else published
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return Record(source, id=id, published=day, url=url, title=title, data=data)


def _code_chunk(records: list, batch_size: int | None) -> list[Document]:
    from newsevents import nlp, pipeline
    from newsevents.document import Article
    from newsevents.ingest import iso_date, to_document

    docs: list[Document] = []
    for record in records:
        try:
            docs.append(to_document(record))
        except NewsEventsError as exc:
            failed = Document(
                Article(
                    id=record.id or record.source,
                    text="",
                    url=record.url,
                    title=record.title,
                    published=iso_date(record.published),
                    language=None,
                )
            )
            failed.fail("ingest", str(exc))
            docs.append(failed)
    good = [d for d in docs if d.text]  # a refused record has no text; a kept one may carry an ingest note
    for doc, parsed in zip(good, nlp.parse_many((d.text for d in good), batch_size), strict=True):
        doc.spacy = parsed
    return [pipeline.run(doc) if doc.spacy is not None else doc for doc in docs]
