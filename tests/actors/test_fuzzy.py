"""Fuzzy surnames: the search by initial with difflib's cheap bounds finds what a plain scan finds."""

from __future__ import annotations

import difflib

from newsevents.actors import lexicon
from newsevents.actors.lexicon import Lexicon, Person
from newsevents.actors.people import fuzzy_person

RATIO = 0.85


def _plain(word: str, lex: Lexicon) -> Person | None:
    exact = lex.surnames.get(word, [])
    if len(exact) == 1:
        return exact[0]
    same = [s for s in lex.surnames if s[:1] == word[:1]]
    close = [s for s in same if difflib.SequenceMatcher(None, s, word).ratio() >= RATIO]
    people = [p for s in close for p in lex.surnames[s]]
    return people[0] if len(people) == 1 else None


def test_fuzzy_surnames_match_a_plain_scan() -> None:
    lex = lexicon.load()
    names = list(lex.surnames)
    words = [s[:-1] + "x" for s in names[::5]] + [s + "a" for s in names[::7]] + ["zelenskyi", "putn", "x"]
    found = [fuzzy_person(word, lex, RATIO) for word in words]
    assert found == [_plain(word, lex) for word in words]
    assert any(found)
