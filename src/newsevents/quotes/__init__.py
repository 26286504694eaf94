"""Quotes (being written)."""
from newsevents.document import Document


def extract(doc: Document) -> Document:
    return doc
