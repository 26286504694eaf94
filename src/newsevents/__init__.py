"""newsevents: raw news to political event data (CAMEO/PLOVER events, actors, quotes, dates, places).

The front doors: ``code`` one text, ``code_many`` many records, ``Corpus`` a DuckDB store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents.document import Document
from newsevents.errors import InputError, NewsEventsError

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
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
) -> Document:
    """Code one article (plain text, HTML or bytes) into a Document; raises InputError on bad input."""
    from newsevents import ingest, pipeline

    record = ingest.Record("<text>", id=id, published=published, url=url, title=title)
    if isinstance(text, bytes):
        record.data = text
    else:
        record.data = text.encode("utf-8")
    return pipeline.run(ingest.to_document(record))


def code_many(records: Iterable, batch_size: int | None = None) -> Iterator[Document]:
    """Code many ``ingest.Record`` objects, yielding Documents in input order. Parsing is batched; a bad
    record yields a Document whose ``errors`` say why (stage "ingest"), so nothing is lost."""
    from itertools import islice

    from newsevents import settings

    size = (batch_size or settings.get("batch_size")) * 4
    records = iter(records)
    while chunk := list(islice(records, size)):
        yield from _code_chunk(chunk, batch_size)


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
