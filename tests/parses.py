"""Hand-built parses, so rule tests do not move when the statistical model changes."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

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
