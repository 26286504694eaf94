"""Temporal expressions (being written)."""
from newsevents.document import Document


def resolve(doc: Document) -> Document:
    return doc


def date_for(doc: Document, token) -> str | None:
    return (doc.article.published or None) and doc.article.published[:10]
