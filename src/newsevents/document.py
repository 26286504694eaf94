"""The Document: one article and everything extracted from it.

Every stage reads and enriches a Document; ``Document.to_dict()`` is the output contract
(``newsevents/schema/document.json``). All offsets are character offsets into ``article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


@dataclass
class Span:
    """A piece of the clean text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = "en"
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "text": self.text,
        }
        out.update({k: v for k, v in self.meta.items() if v is not None})
        return out


@dataclass
class Mention:
    """One place in the text that names an actor; ``how`` says why (name, title, pronoun, ...)."""

    start: int
    end: int
    text: str
    how: str = "name"
    actor: Actor | None = None
    tokens: tuple[int, int] = (0, 0)  # token range in the parse, [start, end)


@dataclass
class Actor:
    id: str
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def ref(self, mention: Mention) -> dict[str, Any]:
        """The ACTORREF of the contract for one mention of this actor."""
        return {
            "actor": self.id,
            "text": mention.text,
            "start": mention.start,
            "end": mention.end,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "mentions": [[m.start, m.end] for m in sorted(self.mentions, key=lambda m: m.start)],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass
class Timex:
    text: str
    start: int
    end: int
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value}


@dataclass
class Event:
    id: str
    sentence: tuple[int, int, int]  # index, start, end
    source: Mention | None
    target: Mention | None
    trigger: Span
    cameo: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    modality: str = "asserted"
    date: str | None = None
    location: Place | None = None
    confidence: float = 0.5
    date_source: str | None = None  # text | sentence | published: where ``date`` comes from

    def to_dict(self) -> dict[str, Any]:
        from newsevents.events.codes import codebook

        index, start, end = self.sentence
        known = codebook().get(self.cameo)
        return {
            "id": self.id,
            "sentence": {"index": index, "start": start, "end": end},
            "source": _ref(self.source),
            "target": _ref(self.target),
            "trigger": self.trigger.to_dict(),
            "cameo": self.cameo,
            "cameo_name": known.name if known else None,
            "cameo_root": self.cameo[:2],
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "modality": self.modality,
            "date": self.date,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | partial
    speaker: Mention | None = None
    cue: Span | None = None
    unresolved: str | None = None  # why the speaker has no actor (None when it has one)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "speaker": _ref(self.speaker),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
        }
        if self.unresolved is not None:
            source = self.speaker
            out["source"] = Span(source.text, source.start, source.end).to_dict() if source else None
            out["unresolved"] = self.unresolved
        return out


@dataclass
class StageError:
    stage: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "message": self.message}


def _ref(mention: Mention | None) -> dict[str, Any] | None:
    if mention is None or mention.actor is None:
        return None
    return mention.actor.ref(mention)


@dataclass
class Document:
    """An article and all that was extracted from it.

    ``spacy`` (the parse) and ``anchors`` (token index -> actor mentions) are working state, not output.
    """

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)
    spacy: Any = None
    anchors: dict[int, list[Mention]] = field(default_factory=dict)  # token index -> mentions it stands for

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def mentions(self) -> list[Mention]:
        """Every actor mention, in text order."""
        return sorted((m for a in self.actors for m in a.mentions), key=lambda m: m.start)

    def __repr__(self) -> str:
        a = self.article
        return (
            f"<Document {a.title or a.id!r} ({a.published or 'no date'}): {len(self.events)} events, "
            f"{len(self.actors)} actors, {len(self.quotes)} quotes, {len(self.errors)} errors>"
        )

    def fail(self, stage: str, message: str) -> None:
        self.errors.append(StageError(stage, message))

    def events_table(self) -> pa.Table:
        """The events as a ``pyarrow.Table``, one row each: date and its source, source, CAMEO code and
        name, target, trigger, modality, confidence and the sentence."""
        import pyarrow as pa

        return pa.Table.from_pylist([_event_row(e, self.text) for e in self.events], schema=_event_schema())

    def events_frame(self) -> pd.DataFrame:
        """The events as a pandas DataFrame (``events_table`` converted; needs pandas installed)."""
        return self.events_table().to_pandas()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "errors": [e.to_dict() for e in self.errors],
        }


_EVENT_COLUMNS = (
    "id date date_source source source_code cameo cameo_name target target_code trigger modality "
    "confidence sentence"
).split()


def _event_schema() -> pa.Schema:
    import pyarrow as pa

    kinds = {"confidence": pa.float64()}
    return pa.schema([(name, kinds.get(name, pa.string())) for name in _EVENT_COLUMNS])


def _event_row(event: Event, text: str) -> dict[str, Any]:
    out = event.to_dict()
    source, target, sentence = out["source"] or {}, out["target"] or {}, out["sentence"]
    return {
        **{k: out[k] for k in ("id", "date", "date_source", "cameo", "cameo_name", "modality", "confidence")},
        "source": source.get("text"),
        "source_code": source.get("code"),
        "target": target.get("text"),
        "target_code": target.get("code"),
        "trigger": out["trigger"]["text"],
        "sentence": text[sentence["start"] : sentence["end"]],
    }
