"""Hand-built parses, so rule tests do not move when the statistical model changes."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.document import Actor, Article, Document, Mention
from newsevents.events.patterns import Dictionary, Match

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """A Doc from lines ``word lemma POS TAG dep head`` (head: 0-based index; ROOT points to itself)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    return Doc(
        VOCAB,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[int(r[5]) for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def document(spec: str, actors: dict[int, tuple[str, str | None] | tuple[str, str | None, str]]) -> Document:
    """A Document over a hand-built parse, with one actor per listed token: index -> (code, country) or
    (code, country, how the token mentions it; "name" when left out)."""
    spacy_doc = parse(spec)
    doc = Document(Article("t", spacy_doc.text), spacy=spacy_doc)
    for number, (i, (code, country, *how)) in enumerate(actors.items(), 1):
        token = spacy_doc[i]
        actor = Actor(f"A{number}", token.text, code, country, code[3:] or None, "country")
        kind = how[0] if how else "name"
        mention = Mention(token.idx, token.idx + len(token.text), token.text, kind, actor, (i, i + 1))
        actor.mentions.append(mention)
        doc.actors.append(actor)
        doc.anchors[i] = [mention]
    return doc


def match_at(doc: Document, code: str, pattern: str, at: int) -> Match | None:
    """The one-pattern dictionary ``code: pattern`` matched at token ``at``."""
    return Dictionary([(code, pattern)]).match(doc.spacy[at])
