"""The spaCy model, loaded once per process, and the parse stage.

Paragraph breaks and the end of a dateline always end a sentence: the parser would otherwise glue a
headline or "KYIV, Sept 3 (Reuters) -" to the first sentence of the story. Long texts are parsed in
chunks cut at paragraph breaks and joined back with ``Doc.from_docs``, so memory
stays bounded and every character offset still points into the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents import settings
from newsevents.document import Document
from newsevents.ingest.dateline import dateline_length

FALLBACK_MODEL = "en_core_web_sm"


@Language.component("newsevents_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence at each paragraph and after a paragraph's dateline; the parser keeps these."""
    if not len(doc):
        return doc
    breaks = [t.i + 1 for t in doc[:-1] if (t.is_space and "\n" in t.text) or "\n" in t.whitespace_]
    text = doc.text  # built from every token on each access
    for i in [0, *breaks]:
        doc[i].is_sent_start = True
        start = doc[i].idx
        cut = dateline_length(text[start : start + 120])
        after = doc.char_span(start + cut, start + cut + 1, alignment_mode="expand") if cut else None
        if after is not None and after.start > i:
            doc[after.start].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline: the pip-installed model package, never a download."""
    name = settings.get("model")
    try:
        nlp = spacy.load(name)
    except OSError:
        nlp = spacy.load(FALLBACK_MODEL)
    nlp.add_pipe("newsevents_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, settings.get("max_chars") + 1)
    return nlp


def chunks(text: str, size: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of about ``size`` characters, at line breaks where possible."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut == -1:
            cut = text.rfind(" ", start + size // 2, start + size)
        cut = start + size if cut == -1 else cut + 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_many(texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
    """Parse texts in order, batching with ``nlp.pipe``; long texts are chunked."""
    nlp = load()
    size = settings.get("chunk_chars")
    batch_size = batch_size or settings.get("batch_size")
    plan: list[int] = []

    def pieces() -> Iterator[str]:
        for text in texts:
            parts = chunks(text, size)
            plan.append(len(parts))
            yield from parts

    parsed = (
        doc
        for group in _groups(pieces(), batch_size, 2 * size)
        for doc in nlp.pipe(group, batch_size=len(group))
    )
    for part in parsed:
        count = plan.pop(0)
        if count == 1:
            yield part
        else:
            rest = [next(parsed) for _ in range(count - 1)]
            yield Doc.from_docs([part, *rest], ensure_whitespace=False)


def _groups(pieces: Iterator[str], count: int, chars: int) -> Iterator[list[str]]:
    """Consecutive pieces, at most ``count`` and about ``chars`` characters to a group: the parse holds a
    whole batch in memory, so the pieces of a long text go a few at a time."""
    group: list[str] = []
    size = 0
    for piece in pieces:
        if group and (len(group) == count or size + len(piece) > chars):
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece)
    if group:
        yield group


def parse(doc: Document) -> Document:
    """Parse the clean text with spaCy."""
    doc.spacy = next(parse_many([doc.text]))
    return doc
