"""Times: every time expression with a value relative to publication, and the date of a clause.

``resolve(doc)`` fills ``doc.times`` in text order; chained phrases ("the next day", "a week later") count
from the last resolved date. ``date_for(doc, token)`` is the date the events stage stamps on a predicate.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.document import Document, Timex
from newsevents.timex import find
from newsevents.timex.normalize import When, value

__all__ = ["resolve", "date_for"]
CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "advcl", "acomp", "relcl", "pcomp", "pobj", "prep", "dobj", "acl"}


def resolve(doc: Document) -> Document:
    """Find and normalize every time expression of the parsed document."""
    published = published_day(doc)
    anchor: When | None = None
    times = []
    for span in find.candidates(doc.spacy, doc.text):
        when = value(span.text, find.tense(span), anchor, published)
        anchor = when or anchor
        times.append(Timex(span.text, span.start_char, span.end_char, str(when) if when else None))
    doc.times = times
    return doc


def published_day(doc: Document) -> date | None:
    """The publication date of the article, or None when it is missing or unreadable."""
    try:
        return date.fromisoformat((doc.article.published or "")[:10])
    except ValueError:
        return None


def date_for(doc: Document, token: Token) -> str | None:
    """The YYYY-MM-DD value of the time expression governing ``token``'s clause, else the publication date.

    The expressions attached to the token itself win; then those of the clauses above it ("said on Monday
    that he was open": "open" takes Monday). Among several at one level, the nearest before the token.
    """
    by_head: dict[int, list[tuple[Span, str]]] = {}
    for timex in doc.times:
        span = doc.spacy.char_span(timex.start, timex.end)
        if span is not None and timex.value and len(timex.value) == 10:
            by_head.setdefault(find.governor(span).i, []).append((span, timex.value))
    current = token
    while True:
        found = by_head.get(current.i)
        if found:
            before = [item for item in found if item[0].start < token.i]
            return (before[-1] if before else found[0])[1]
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            break
        current = current.head
    published = published_day(doc)
    return published.isoformat() if published else None
