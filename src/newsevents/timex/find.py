"""Candidate time expressions in a parse, and the tense of the clause each one modifies.

Candidates are spaCy's DATE and TIME entities plus what ``PATTERN`` finds that the model missed
("the next day", "a day later", bare weekdays); overlapping candidates keep the longest.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
UNITS = r"(?:day|week|month|year)s?"
NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)"
PATTERN = re.compile(
    rf"\b(?:(?:the\s+)?(?:next|following|previous|preceding)\s+{UNITS}"
    rf"|the\s+{UNITS}\s+(?:after|before)"
    rf"|{NUMBER}\s+{UNITS}\s+(?:later|earlier|ago|before|after)"
    rf"|(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)"
    r"|(?:last|this|next)\s+(?:week|month|year|night|morning|evening)"
    r"|yesterday|today|tomorrow|tonight"
    rf"|(?:(?:last|this|next)\s+)?(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)
FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
FUTURE_HEADS = {"expect", "schedule", "plan", "set", "due"}
TIME_LABELS = {"DATE", "TIME"}
PRESENT_BE = {"is", "are", "am", "'s", "'re", "’s", "’re"}


def candidates(doc: Doc, text: str) -> list[Span]:
    """Time expressions in text order, without overlaps (the longest wins); ``text`` is the parse's text
    (cheaper than ``Doc.text``, which joins every token)."""
    found = [e for e in doc.ents if e.label_ in TIME_LABELS]
    for match in PATTERN.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not _opens_clause(span[-1]):
            found.append(span)
    found.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    kept = []
    for span in found:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _opens_clause(token: Token) -> bool:
    """ "lasted 65 days before the army withdrew": a "before" or "after" with an object of its own makes the
    phrase a duration, not a date counted from the last one ("two days later", "a week before")."""
    return token.lower_ in ("before", "after") and (
        token.dep_ == "mark" or any(c.dep_ in ("pobj", "pcomp") for c in token.children)
    )


def governor(span: Span) -> Token:
    """The verb or noun the expression modifies: the first head outside it that is not a preposition."""
    token = span.root.head
    while token.pos_ == "ADP" and token.head.i != token.i:
        token = token.head
    return token


def tense(span: Span) -> str:
    """``future`` when the clause the expression modifies speaks of what will happen, else ``past``."""
    verb = governor(span)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & FUTURE_AUX or (verb.lemma_ == "go" and any(c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if verb.head.lemma_ in FUTURE_HEADS and verb.dep_ == "xcomp":
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and auxes & PRESENT_BE):
        return "future"  # "is traveling on Friday", "meets on Friday": a schedule
    return "past"
