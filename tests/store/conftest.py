"""Hand-built Documents for store tests, so they need no model and do not move when the coder changes."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from newsevents.document import (
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Place,
    Quote,
    Span,
    StageError,
    Timex,
)

WORDS = (
    "minister talks border ceasefire summit trade sanctions envoy parliament army protest election aid "
    "convoy "
    "harbour drought refugees treaty embassy spokesman capital province rebels negotiators pipeline grain "
    "tariff coalition airport vote ambassador delegation statement agreement dispute frontier mediators"
).split()


@dataclass(frozen=True)
class Ev:
    """One event to put in a hand-built article."""

    source: str
    target: str | None
    cameo: str
    date: str | None = "2025-09-03"
    place: str | None = None
    modality: str = "asserted"


def make_doc(
    aid: str,
    events: list[Ev] = (),
    url: str | None = None,
    published: str | None = "2025-09-03",
    seed: int | None = None,
    text: str | None = None,
) -> Document:
    """An article of distinct filler text (so it is no near-copy of another) with one actor per code, each
    event's source and target mentions, a quote, a time and a place."""
    rng = random.Random(seed if seed is not None else aid)
    codes = sorted({c for e in events for c in (e.source, e.target) if c})
    head = " ".join(f"{code} said." for code in codes) or "Nothing."
    body = text or " ".join(rng.choice(WORDS) for _ in range(80))
    full = f"{head} {body}"
    doc = Document(
        Article(
            aid,
            full,
            url=url,
            title=f"Title {aid}",
            published=published,
            meta={"site": None, "author": "A. Writer", "dateline": {"place": "KYIV"}},
        )
    )
    actors: dict[str, Actor] = {}
    for code in codes:
        start = full.index(f"{code} said.")
        actor = Actor(f"A{len(actors) + 1}", f"Name of {code}", code, code[:3], code[3:] or None, "country")
        actor.mentions.append(Mention(start, start + len(code), code, actor=actor))
        actors[code] = actor
    doc.actors = list(actors.values())
    for n, e in enumerate(events, 1):
        place = Place("Kyiv", 0, 0, e.place, "UKR", 50.45, 30.52) if e.place else None
        doc.events.append(
            Event(
                f"E{n}",
                (0, 0, len(head)),
                actors[e.source].mentions[0],
                actors[e.target].mentions[0] if e.target else None,
                Span(full[:4], 0, 4),
                e.cameo,
                1.0,
                1,
                "CONSULT",
                None,
                e.modality,
                e.date,
                place,
                0.8,
            )
        )
    if codes:
        speaker = actors[codes[0]].mentions[0]
        doc.quotes.append(
            Quote(full[-20:], len(full) - 20, len(full), "direct", speaker, Span(full[:4], 0, 4))
        )
    doc.times.append(Timex(full[5:9], 5, 9, "2025-09-03"))
    doc.places.append(Place(full[10:14], 10, 14, "Kyiv", "UKR", 50.45, 30.52))
    return doc


def failed_stage(doc: Document, stage: str = "quotes") -> Document:
    doc.errors.append(StageError(stage, "KeyError: 'x'"))
    return doc


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.duckdb"
