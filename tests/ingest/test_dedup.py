"""Duplicates: exact copies and syndicated near copies point at the first seen article."""

from __future__ import annotations

import random

from newsevents.document import Article, Document
from newsevents.ingest import Deduper, mark_duplicates

random.seed(7)
WORDS = (
    "minister talks ceasefire border troops aid convoy capital envoy summit sanctions vote parliament "
    "protest election court ruling port grain drones shelling governor statement officials"
).split()
STORY = ". ".join(" ".join(random.choice(WORDS) for _ in range(14)) for _ in range(25)) + "."


def _doc(id_: str, text: str) -> Document:
    return Document(Article(id=id_, text=text))


def test_exact_and_near_duplicates_point_at_the_first_seen():
    deduper = Deduper()
    assert deduper.check(_doc("a", "KYIV, Ukraine (AP) — " + STORY)) is None
    assert deduper.check(_doc("b", "KYIV, Ukraine (AP) —  " + STORY.upper())) == "a"  # same normalized text
    words = STORY.split()
    words[40:43] = ["Sunday", "evening", "officials"]
    syndicated = "KYIV (Reuters) - " + " ".join(words) + " Copyright 2024 Wire. Read more at wire.example."
    assert deduper.check(_doc("c", syndicated)) == "a"
    assert deduper.check(_doc("d", STORY[::-1])) is None


def test_threshold_is_configurable():
    first, half = STORY, STORY[: len(STORY) // 2]
    assert Deduper(threshold=0.3).check(_doc("x", first)) is None
    strict, loose = Deduper(threshold=0.9), Deduper(threshold=0.3)
    for deduper in (strict, loose):
        deduper.check(_doc("x", first))
    assert strict.check(_doc("y", half)) is None
    assert loose.check(_doc("y", half)) == "x"


def test_mark_duplicates_skips_failed_documents():
    docs = [_doc("a", STORY), _doc("f", ""), _doc("b", STORY)]
    marked = list(mark_duplicates(docs))
    assert [d.article.meta.get("duplicate_of") for d in marked] == [None, None, "a"]
    assert "duplicate_of" not in marked[1].article.meta
