"""Reported speech from its cue: a reporting verb and what it governs, or "according to".

The cue table (``data/quotes/cues.tsv``) says which dependents of a cue word carry the content: "said that
...", "said (that) ..." and ``"...," he said`` (ccomp), "called Putin a predator" (dobj), "refused to
negotiate" (xcomp), "called for talks" (prep:for). The source is the cue's subject, found through the
clauses above it when the cue has none ("..., adding that ..."), or the agent of a passive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsevents.data import DATA_DIR, read_tsv
from newsevents.quotes import scorer

CUES_PATH = DATA_DIR / "quotes" / "cues.tsv"
SUBJECTS = ("nsubj", "csubj")
INHERIT = (
    "conj",
    "advcl",
    "xcomp",
    "ccomp",
    "acomp",
    "dep",
)  # a cue without a subject takes the subject of these heads
TRAILING = (
    "nsubj",
    "npadvmod",
    "advmod",
    "prep",
    "dobj",
    "dative",
    "prt",
    "agent",
)  # "said Tuesday in a statement"
RELATIVE = ("who", "that", "which", "whom")
CUE_POS = ("VERB", "NOUN", "ADJ")  # the parts of speech of the cue table's words


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


def find(doc: Doc, text: str, quoted: list[tuple[int, int]] = ()) -> list[Reported]:
    """Every attribution the cue table, the cue-frame model and "according to" find in the parse, in text
    order. ``text`` is the parse's text (``Doc.text`` is rebuilt from the tokens on each access);
    ``quoted`` holds the quote marks' stretches, disjoint (a feature of the model)."""
    found = []
    model = scorer.load()  # once per text: the setting names it
    quoted = sorted(quoted)
    starts, ends = [a for a, _ in quoted], [b for _, b in quoted]
    for token in doc:
        if token.lower_ == "according" and (to := _child(token, "prep", "to")) is not None:
            found.extend(_according(text, token, to))
            continue
        # the stretches within the words below the cue, the only ones its frames can hold
        first, last = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        frames = _frames(token, quoted[bisect_right(ends, first) : bisect_left(starts, last)], model)
        if not frames:
            continue
        parts = [
            c for c in token.children if scorer.frame(c) in frames or (c.dep_ == "oprd" and "dobj" in frames)
        ]
        parts = [p for c in parts for p in (list(c.children) or [c] if c.dep_ == "prep" else [c])]
        if parts:
            start = min(c.left_edge.idx for c in parts)
            end = max(c.right_edge.idx + len(c.right_edge) for c in parts)
            found.append(Reported(_cue_tokens(token), subject(token), start, end))
        elif token.dep_ == "parataxis" and "ccomp" in frames and token.head.i != token.i:
            found.append(_parenthetical(token))
        elif "ccomp" in frames and (trailing := _trailing(token)) is not None:
            found.append(trailing)
    for item in found:
        _clip_paragraph(text, item)
    return sorted((r for r in found if r.end > r.start), key=lambda r: r.start)


def _clip_paragraph(text: str, item: Reported) -> None:
    """The parser may run a sentence over a paragraph break; reported speech stays in its cue's paragraph."""
    at = item.cue[0].idx
    first = text.rfind("\n", 0, at) + 1
    last = text.find("\n", at)
    item.start = max(item.start, first)
    item.end = min(item.end, last if last != -1 else len(text))


def frames_of(token: Token, quoted: list[tuple[int, int]] = ()) -> frozenset[str]:
    """The frames through which ``token`` reports speech: the table's (or "ccomp" for any verb with a
    subject and a "that" clause), and each other frame it fills that the cue-frame model accepts."""
    return _frames(token, quoted, scorer.load())


def _frames(token: Token, quoted: list[tuple[int, int]], model: scorer.Model | None) -> frozenset[str]:
    if token.pos_ not in CUE_POS:
        return frozenset()
    listed = listed_frames(token)
    if model is None or not (listed or token.lemma_.lower() in model.lemmas):
        return listed
    frames = {name: parts for name, parts in scorer.candidates(token).items() if name not in listed}
    described = scorer.features(token, frames, bool(listed), quoted) if frames else {}
    added = {name for name, names in described.items() if model.probability(names) >= model.threshold}
    return listed | added


def listed_frames(token: Token) -> frozenset[str]:
    """The frames the cue table lists for ``token``, or "ccomp" for any verb with a subject and a "that"
    clause."""
    listed = table().get((token.lemma_.lower(), token.pos_), frozenset())
    if not listed and that_clause(token):
        listed = frozenset({"ccomp"})
    return listed


def that_clause(token: Token) -> bool:
    """Any verb with a subject and a "that" clause: "X worried that ...", "X made clear that ..."."""
    return (
        token.pos_ == "VERB"
        and any(c.dep_ in SUBJECTS for c in token.children)
        and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children
        )
    )


def _child(token: Token, dep: str, lower: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep and c.lower_ == lower), None)


def _cue_tokens(token: Token) -> list[Token]:
    return [token, *(c for c in token.children if c.dep_ == "prt")]


def subject(verb: Token) -> Token | None:
    """The speaker of a cue: its subject, a passive's agent, else found through the words above it:
    "by saying" and "began by saying" (the clause the phrase hangs on), "are likely to say", "is expected to
    endorse" (a passive subject above a cue), "his suggestion" and "released a statement" (a noun cue's owner
    or the subject of its verb), "evidence suggesting" (the noun a participle modifies), and the inverted
    ``"...," added another Republican``."""
    current = verb
    for _ in range(8):
        found = _own_subject(current, passive=current is not verb)
        if found is not None:
            return found
        if current is verb:
            inverted = _inverted(verb)
            if inverted is not None:
                return inverted
        head = current.head
        if head.i == current.i:
            return None
        if (controller := _object_control(current)) is not None:
            return controller
        if current.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if head.dep_ == "dobj" and (above := _own_subject(head.head, False)) is not None:
                return above
            return head
        if current.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
            current = head.head
        elif current.dep_ in INHERIT or (current.pos_ == "NOUN" and current.dep_ in ("dobj", "attr")):
            current = head
        else:
            return None
    return None


def _object_control(clause: Token) -> Token | None:
    """ "prompted the chairman to declare", "kept clerks from denying": the object of the verb above does
    what the clause says."""
    verb = clause.head
    if clause.dep_ == "pcomp" and verb.dep_ == "prep" and verb.lower_ in ("from", "into"):
        verb = verb.head
    elif clause.dep_ != "xcomp":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _own_subject(token: Token, passive: bool) -> Token | None:
    """The token's own subject (nearest, in its paragraph), agent, or a noun cue's owner ("his claim")."""
    found = []
    for child in token.children:
        if child.dep_ in SUBJECTS or (passive and child.dep_ == "nsubjpass") or child.dep_ == "agent":
            found.append(child)
        elif child.dep_ == "poss" and token.pos_ == "NOUN":
            found.append(child)
    doc = token.doc
    found = [c for c in found if "\n" not in doc[min(c.i, token.i) : max(c.i, token.i)].text]
    if not found:
        return None
    child = min(found, key=lambda c: abs(c.i - token.i))
    return next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "agent" else child


def _inverted(verb: Token) -> Token | None:
    """``"...," added another Republican``: the parser takes the speaker after the cue for its object."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next(
        (c for c in verb.rights if c.dep_ in ("dobj", "attr") and c.pos_ in ("PROPN", "NOUN", "PRON")), None
    )


def _according(text: str, according: Token, to: Token) -> list[Reported]:
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
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return [Reported([according, to], source, start, end)] if end > start else []


def _trailing(cue: Token) -> Reported | None:
    """ "..., police said." and "“...” he told the show.": a cue closing its sentence with nothing it governs
    takes what comes before it in the sentence, or the sentence before when it stands alone."""
    source = subject(cue)
    sent = cue.sent
    after = {i for c in cue.rights if c.dep_ in TRAILING for i in _subtree(c)}
    if source is None or any(
        t.i not in after and not (t.is_punct or t.is_space) for t in cue.doc[cue.i + 1 : sent.end]
    ):
        return None
    doc = cue.doc
    first = min(cue.i, source.left_edge.i)
    before = [t for t in doc[sent.start : first] if not (t.is_punct or t.is_space)]
    if not before and sent.start > 0:
        sent = doc[sent.start - 1].sent
        first = sent.end
    elif not before or not doc[first - 1].is_punct:
        return None
    start, end = doc[sent.start].idx, doc[first - 1].idx + len(doc[first - 1])
    return Reported(_cue_tokens(cue), source, start, end)


def _subtree(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _parenthetical(cue: Token) -> Reported:
    """ "The plan, he said, is dead": the clause around the cue."""
    head = cue.head
    return Reported(
        _cue_tokens(cue), subject(cue), head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    )
