"""Discards: phrases that void the events of a story or of a sentence (sport, business, entertainment).

Users feed every scraped page, not only politics; "England beat Australia" in a match report is no
military force. ``data/discards/discards.tsv`` lists phrases with a scope. ``story`` phrases ("football",
"penalty shootout") are evidence of what a story is about: a story that names them in three sentences or
more, a fifth of its sentences or more, loses every event, while a political story that names a team or a
game in passing keeps them all.
A ``sentence`` phrase voids the events of its sentence ("box office", "per share").
Phrases match case-insensitively on word boundaries in the clean text, a final plural ``s`` or ``es``
allowed, in one pass of one compiled pattern per document. What was voided is kept in the article's
metadata, ``article.discarded``: one ``{phrase, scope, start, end, events}`` entry per phrase that voided
events, ``scope`` saying what it voided (for a story, the first story phrase). The setting ``discards``
(1) turns the step off (0); user files (``$NEWSEVENTS_DISCARD_FILES``, TSV with the same columns) add
phrases, and scope ``none`` there removes a packaged one.

The packaged file is converted from PETRARCH2's ``Phoenix.discards.txt`` (MIT) and reviewed
(``data/discards/review.tsv``): ``python -m newsevents.events.discards Phoenix.discards.txt > discards.tsv``.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents import settings
from newsevents.data import DATA_DIR, read_tsv, user_files
from newsevents.document import Document
from newsevents.errors import DataFileError

DISCARDS_PATH = DATA_DIR / "discards" / "discards.tsv"
REVIEW_PATH = DATA_DIR / "discards" / "review.tsv"
DISCARDS_ENV = "NEWSEVENTS_DISCARD_FILES"
SCOPES = ("story", "sentence")
HEADER = (
    "# Phrases that void a story's or a sentence's events, converted from PETRARCH2's Phoenix.discards.txt\n"
    "# (MIT, Copyright (c) 2014 Open Event Data; the licence is in README.md) and reviewed (review.tsv) by\n"
    "# `python -m newsevents.events.discards`. Edit review.tsv and rebuild, or add your own file.\n"
)
# a space matches any whitespace, a hyphen also none ("semifinal"), an apostrophe also a typographic one
CHARS = {" ": r"\s+", "-": r"[-\s]?", "'": "['’]"}
# a story about sport names it again and again; a political story names a team or a game in passing
STORY_SENTENCES = 3
STORY_SHARE = 0.2
SENTENCE_END = re.compile(r"[.!?]\s")
YEAR = re.compile(r"\d{4}")
YEAR_NOTE = "a bare year: newsevents dates an event from its clause (date_source); history is no reason"


@dataclass(frozen=True)
class Hit:
    """One discard phrase found in the text."""

    phrase: str
    scope: str
    start: int
    end: int


class Discards:
    """The phrase table and its one compiled pattern (a character trie, so a text is read once)."""

    def __init__(self, rows: dict[str, str]) -> None:
        self.scopes = {phrase: scope for phrase, scope in rows.items() if scope in SCOPES}
        self.keys = {_key(phrase): phrase for phrase in self.scopes}
        self.pattern = _compile(sorted(self.scopes))

    def find(self, text: str) -> list[Hit]:
        """Every phrase in ``text``, in text order."""
        hits = []
        for found in self.pattern.finditer(text):
            phrase = self._phrase(_key(found.group()))
            hits.append(Hit(phrase, self.scopes[phrase], found.start(), found.end()))
        return hits

    def _phrase(self, key: str) -> str:
        """The listed phrase of a match's key, its plural ending taken off where the phrase has none."""
        for cut in (0, 1, 2):
            if key[: len(key) - cut] in self.keys:
                return self.keys[key[: len(key) - cut]]
        raise KeyError(key)


def _key(text: str) -> str:
    """A phrase or match without case, spaces and punctuation, so that their variants meet."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _compile(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for every phrase: a trie of their characters, whitespace matching any run of it."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie(trie) if phrases else "(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?:e?s)?(?![\w-])", re.IGNORECASE)


def _trie(node: dict) -> str:
    """The regex of a trie node: its branches as an alternation, an ending as an optional tail."""
    branches = [CHARS.get(char, re.escape(char)) + _trie(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def load() -> Discards:
    """The packaged table plus user files (``$NEWSEVENTS_DISCARD_FILES``), loaded once per process."""
    rows: dict[str, str] = {}
    for path in [DISCARDS_PATH, *user_files(DISCARDS_ENV, "*.tsv")]:
        for row in read_tsv(path):
            scope = row.get("scope", "")
            if scope not in (*SCOPES, "none") or not row.get("phrase"):
                raise DataFileError(
                    str(path), 0, f"a row needs a phrase and scope story, sentence or none: {row}"
                )
            rows[" ".join(row["phrase"].lower().split())] = scope
    return Discards(rows)


def apply(doc: Document) -> Document:
    """Void the events of a story about what its story phrases name (``_about``), else of each sentence
    that names a sentence phrase, recording each phrase that voided events in
    ``article.meta["discarded"]``; the remaining events are numbered again."""
    if not doc.events or not settings.get("discards"):
        return doc
    hits = load().find(doc.text)
    story = [hit for hit in hits if hit.scope == "story"]
    if _about(doc.text, story):
        _record(doc, story[0], "story", len(doc.events))
        doc.events = []
        return doc
    hits = [hit for hit in hits if hit.scope == "sentence"]
    starts = [hit.start for hit in hits]
    voided: dict[Hit, int] = {}
    kept = []
    for event in doc.events:
        _, start, end = event.sentence
        at = bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            voided[hits[at]] = voided.get(hits[at], 0) + 1
        else:
            kept.append(event)
    for hit, count in voided.items():
        _record(doc, hit, "sentence", count)
    for number, event in enumerate(kept, 1):
        event.id = f"E{number}"
    doc.events = kept
    return doc


def _about(text: str, story: list[Hit]) -> bool:
    """Story phrases in ``STORY_SENTENCES`` sentences or more, a ``STORY_SHARE`` of all its sentences."""
    named = _sentences(text, story)
    return named >= STORY_SENTENCES and named >= STORY_SHARE * (len(SENTENCE_END.findall(text)) + 1)


def _sentences(text: str, hits: list[Hit]) -> int:
    """In how many sentences the hits fall: one, plus one per gap between hits with a sentence end."""
    ends = sum(1 for a, b in zip(hits, hits[1:], strict=False) if SENTENCE_END.search(text, a.end, b.start))
    return ends + 1 if hits else 0


def _record(doc: Document, hit: Hit, scope: str, events: int) -> None:
    entry = {"phrase": hit.phrase, "scope": scope, "start": hit.start, "end": hit.end, "events": events}
    doc.article.meta.setdefault("discarded", []).append(entry)


def convert(text: str, review: list[dict[str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """PETRARCH2's discard list as (phrase, scope, note) rows after the review, and a comment line per
    phrase left out (one for the bare years). A '+' line is a story phrase, any other a sentence phrase;
    '#' starts a comment; a final '_' (a word end in PETRARCH2) is dropped. Raises ValueError for a review
    row that drops a phrase PETRARCH2 does not list."""
    decided = {row["phrase"]: row for row in review}
    rows: list[tuple[str, str, str]] = []
    dropped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        phrase = " ".join(entry.lstrip("+").rstrip("_").lower().split())
        if not phrase or phrase in seen:
            continue
        seen.add(phrase)
        scope = "story" if entry.startswith("+") else "sentence"
        row = decided.get(phrase)
        if YEAR.fullmatch(phrase):
            dropped.append((phrase, YEAR_NOTE))
        elif row is None:
            rows.append((phrase, scope, "PETRARCH2"))
        elif row["decision"] == "drop":
            dropped.append((phrase, row["note"]))
        else:
            rows.append(
                (phrase, row["decision"], f"PETRARCH2 {scope}, here {row['decision']}: {row['note']}")
            )
    missing = [p for p, row in decided.items() if row["decision"] == "drop" and p not in seen]
    if missing:
        raise ValueError(f"review drops phrases PETRARCH2 does not list: {missing}")
    rows += [(p, row["decision"], f"added: {row['note']}") for p, row in decided.items() if p not in seen]
    years = [phrase for phrase, note in dropped if note == YEAR_NOTE]
    lines = [f"# dropped\t{years[0]} ... {years[-1]}\t{YEAR_NOTE}"] if years else []
    return rows, lines + [f"# dropped\t{p}\t{note}" for p, note in dropped if note != YEAR_NOTE]


def write(rows: list[tuple[str, str, str]], dropped: list[str], out) -> None:
    """The TSV file: header, the rows, then the phrases left out as comments."""
    out.write(HEADER + "phrase\tscope\tnote\n")
    out.writelines(f"{phrase}\t{scope}\t{note}\n" for phrase, scope, note in rows)
    out.write("# Left out of PETRARCH2's list (review.tsv):\n")
    out.writelines(line + "\n" for line in dropped)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(
            "usage: python -m newsevents.events.discards Phoenix.discards.txt > discards.tsv", file=sys.stderr
        )
        return 2
    rows, dropped = convert(Path(argv[0]).read_text(encoding="utf-8"), list(read_tsv(REVIEW_PATH)))
    write(rows, dropped, sys.stdout)
    print(f"kept {len(rows)} phrases; left out {len(dropped)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
