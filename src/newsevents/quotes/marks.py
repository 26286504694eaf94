"""Quoted stretches of text from their quote marks, as a reader pairs them.

Curly marks say which way they face; a straight mark opens after a space or an opening bracket and closes
otherwise. Single marks quote only at the top level outside words (apostrophes are skipped) and inside a
double-quoted stretch they are nested quotes, which stay part of it. A quote left open at the end of a
paragraph runs on when the next paragraph opens with a quote mark (the long-quote convention), else it ends
with its paragraph. Unpaired marks are ignored: any text gives an answer.
"""

from __future__ import annotations

import re

OPEN_DOUBLE, CLOSE_DOUBLE, STRAIGHT_DOUBLE = "“«„", "”»", '"'
OPEN_SINGLE, CLOSE_SINGLE, STRAIGHT_SINGLE = "‘", "’", "'"
OPENERS_BEFORE = " \t\n([{—–-/"
PARAGRAPH = re.compile(r"[^\n]+")
MARKS = {
    "double": re.compile(f"[{re.escape(OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE)}]"),
    "single": re.compile(f"[{re.escape(OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE)}]"),
}


def quoted(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every quoted stretch, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    carried: int | None = None  # where a quote left open at the end of the previous paragraph began
    previous_end = 0
    for paragraph in PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        if carried is not None and _faces(text, _first_visible(text, start, end)) != "open":
            spans.append(_trim_end(text, carried, previous_end))
            carried = None
        found, left_open = _pairs(text, start, end, "double")
        if not found and left_open is None:
            found, _ = _pairs(text, start, end, "single")
        if carried is not None and found:
            spans.append((carried, found[0][1]))
            found, carried = found[1:], None
        spans.extend(found)
        if carried is None:
            carried = left_open
        previous_end = end
    if carried is not None:
        spans.append(_trim_end(text, carried, previous_end))
    return spans


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _faces(text: str, i: int, kind: str = "double") -> str | None:
    """``open``, ``close`` or None (not a quote mark of this kind) for the character at ``i``."""
    if i >= len(text):
        return None
    char = text[i]
    opening, closing, straight = (
        (OPEN_DOUBLE, CLOSE_DOUBLE, STRAIGHT_DOUBLE)
        if kind == "double"
        else (OPEN_SINGLE, CLOSE_SINGLE, STRAIGHT_SINGLE)
    )
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if kind == "single" and before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, Trump’s
    if char in opening:
        return "open"
    if char in closing:
        return "close" if kind == "double" or not after.isalnum() else None
    if char in straight:
        if before in OPENERS_BEFORE and not after.isspace():
            return "open"
        return "close" if kind == "double" or not after.isalnum() else None
    return None


def _pairs(text: str, start: int, end: int, kind: str) -> tuple[list[tuple[int, int]], int | None]:
    """Paired quotes of one kind within a paragraph, and where a quote still open at its end began."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in MARKS[kind].finditer(text, start, end):
        i = mark.start()
        facing = _faces(text, i, kind)
        if facing == "open" and opened is None:
            opened = i
        elif facing == "close" and opened is not None:
            found.append((opened, i + 1))
            opened = None
        elif facing == "open" and text[i] in (STRAIGHT_DOUBLE + STRAIGHT_SINGLE) and opened is not None:
            found.append((opened, i + 1))  # a straight mark that looked like an opener closes the quote
            opened = None
    return found, opened
