"""Reported speech from its cue: a reporting verb and what it governs, or "according to".

The cue table (``data/quotes/cues.tsv``) says which dependents of a cue word carry the content: "said that
...", "said (that) ..." and ``"...," he said`` (ccomp), "called Putin a predator" (dobj), "refused to
negotiate" (xcomp), "called for talks" (prep:for). The source is the cue's subject, found through the
clauses above it when the cue has none ("..., adding that ..."), or the agent of a passive.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsevents.data import DATA_DIR, read_tsv

CUES_PATH = DATA_DIR / "quotes" / "cues.tsv"
SUBJECTS = ("nsubj", "csubj")
INHERIT = ("conj", "advcl", "xcomp", "ccomp")  # a cue without a subject takes the subject of these heads
RELATIVE = ("who", "that", "which", "whom")


@dataclass
class Reported:
    """One attribution found from a cue: the cue tokens, the source token (or None), the content span."""

    cue: list[Token]
    source: Token | None
    start: int
    end: int


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], frozenset[str]]:
    """(lemma, part of speech) -> the dependents that carry the content."""
    return {(row["lemma"], row["pos"]): frozenset(row["frames"].split("|")) for row in read_tsv(CUES_PATH)}


def find(doc: Doc) -> list[Reported]:
    """Every attribution the cue table and "according to" find in the parse, in text order."""
    cues = table()
    found = []
    for token in doc:
        if token.lower_ == "according" and (to := _child(token, "prep", "to")) is not None:
            found.extend(_according(token, to))
            continue
        frames = cues.get((token.lemma_.lower(), token.pos_))
        if not frames and _that_clause(token):
            frames = frozenset({"ccomp"})
        if not frames:
            continue
        parts = [c for c in token.children if _frame(c) in frames or (c.dep_ == "oprd" and "dobj" in frames)]
        parts = [p for c in parts for p in (list(c.children) or [c] if c.dep_ == "prep" else [c])]
        if parts:
            start = min(c.left_edge.idx for c in parts)
            end = max(c.right_edge.idx + len(c.right_edge) for c in parts)
            found.append(Reported(_cue_tokens(token), subject(token), start, end))
        elif token.dep_ == "parataxis" and "ccomp" in frames and token.head.i != token.i:
            found.append(_parenthetical(token))
    return sorted(found, key=lambda r: r.start)


def _that_clause(token: Token) -> bool:
    """Any verb with a subject and a "that" clause: "X worried that ...", "X made clear that ..."."""
    return (
        token.pos_ == "VERB"
        and any(c.dep_ in SUBJECTS for c in token.children)
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children
        )
    )


def _frame(child: Token) -> str:
    return f"prep:{child.lower_}" if child.dep_ == "prep" else child.dep_


def _child(token: Token, dep: str, lower: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep and c.lower_ == lower), None)


def _cue_tokens(token: Token) -> list[Token]:
    return [token, *(c for c in token.children if c.dep_ == "prt")]


def subject(verb: Token) -> Token | None:
    """The speaker of a cue: its subject, a passive's agent, else the subject of the clause above."""
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            owner = next((c for c in current.head.children if c.dep_ == "poss"), None)
            return owner
        if current.dep_ not in INHERIT or current.head.i == current.i:
            return None
        current = current.head
    return None


def _according(according: Token, to: Token) -> list[Reported]:
    """ "According to X, ..." / "..., according to X": the clause the phrase modifies, without it."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = according.head
    if head.i == according.i:
        return []
    phrase_start = according.idx
    phrase_end = to.right_edge.idx + len(to.right_edge)
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    if phrase_start <= start:
        start = phrase_end
    elif phrase_end >= end:
        end = phrase_start
    text = according.doc.text
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return [Reported([according, to], source, start, end)] if end > start else []


def _parenthetical(cue: Token) -> Reported:
    """ "The plan, he said, is dead": the clause around the cue."""
    head = cue.head
    return Reported(
        _cue_tokens(cue), subject(cue), head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    )
