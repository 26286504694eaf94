"""Datelines at the head of wire copy ("KYIV, Ukraine (AP) --", "LONDON, Nov 19 (Reuters) -"): kept in the
text, and parsed into ``{"place", "agency"}`` metadata."""

from __future__ import annotations

import re

_PLACE = r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}"  # KYIV, NEW YORK, SANTA FE
_REGION = r"(?:,\s+[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})?"  # , Ukraine / , N.M. / , Ohio
_DATE = r"(?:,?\s+[A-Z][a-z]{2,8}\.? \d{1,2})?"  # , Nov. 19
_AGENCY = r"(?:\s*\((?P<agency>[A-Z][\w&. /-]{0,30})\))?"  # (AP) / (Reuters)
_DASH = r"(?:\s*(?:--?|–|—)\s+|(?P<alone>[ \t]*\n))"  # alone on its line: "BAAR, SWITZERLAND"
_DATELINE = re.compile(rf"(?P<place>{_PLACE}{_REGION}){_DATE}{_AGENCY}{_DASH}")


def dateline_length(paragraph: str) -> int:
    """How many characters of ``paragraph`` a leading dateline with its dash takes (0 when there is none)."""
    match = _DATELINE.match(paragraph)
    return match.end() if match and not match.group("alone") else 0


def parse_dateline(text: str) -> dict[str, str | None] | None:
    """The place and agency of a dateline opening one of the first three paragraphs (after a headline or
    a kicker), or None."""
    for line in [line for line in text.split("\n", 6) if line.strip()][:3]:
        match = _DATELINE.match(line + "\n")
        if match and (not match.group("alone") or "," in match.group("place")):
            return {"place": match.group("place"), "agency": match.group("agency")}
    return None
