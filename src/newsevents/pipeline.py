"""The default stages in order, what each reads and writes, and the runner.

A stage is a function ``Document -> Document``. A stage that raises leaves the Document as it was and
records ``{"stage", "message"}`` in ``doc.errors``; the later stages still run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsevents.document import Document


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def default_stages() -> list[Stage]:
    """parse -> actors -> times -> places -> quotes -> events -> discards."""
    from newsevents import actors, events, geo, nlp, quotes, timex
    from newsevents.events import discards

    return [
        Stage("parse", nlp.parse, ("text",), ("spacy",)),
        Stage("actors", actors.resolve, ("spacy",), ("actors",)),
        Stage("times", timex.resolve, ("spacy",), ("times",)),
        Stage("places", geo.resolve, ("spacy", "actors"), ("places",)),
        Stage("quotes", quotes.extract, ("spacy", "actors"), ("quotes",)),
        Stage("events", events.extract, ("spacy", "actors", "times", "places"), ("events",)),
        Stage("discards", discards.apply, ("events",), ("events",)),
    ]


def check(stages: list[Stage]) -> None:
    """Raise ValueError when a stage requires something no earlier stage assigns."""
    have = {"text"}
    for stage in stages:
        missing = set(stage.requires) - have
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {sorted(missing)} before it")
        have.update(stage.assigns)


def describe(stages: list[Stage] | None = None) -> str:
    """One line per stage: name, requires, assigns."""
    stages = stages or default_stages()
    return "\n".join(
        f"{s.name}: requires {', '.join(s.requires)}; assigns {', '.join(s.assigns)}" for s in stages
    )


def run(doc: Document, stages: list[Stage] | None = None) -> Document:
    """Run the stages on a Document, recording a failing stage in ``doc.errors``."""
    for stage in stages or default_stages():
        if stage.name == "parse" and doc.spacy is not None:
            continue
        if doc.spacy is None and "spacy" in stage.requires:
            continue
        try:
            doc = stage.func(doc)
        except Exception as exc:  # noqa: BLE001 - a failing stage must not lose the article
            doc.fail(stage.name, f"{type(exc).__name__}: {exc}")
    return doc
