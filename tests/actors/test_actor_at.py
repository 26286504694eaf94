"""``actor_at``: a span of the text resolved to the document's actor (for quote speakers)."""

from __future__ import annotations

from newsevents import code
from newsevents.actors import actor_at

TEXT = (
    "Russian Foreign Minister Sergei Lavrov met reporters in Moscow on Friday. "
    "Lavrov said the talks would go on. He did not say when."
)


def test_a_span_resolves_to_the_actor_of_its_mentions() -> None:
    doc = code(TEXT, published="2024-06-07")
    first = actor_at(doc, 0, TEXT.index(" met"))
    later = TEXT.index("Lavrov said")
    pronoun = TEXT.index("He did")
    assert first is not None and first.name == "Sergei Lavrov" and first.code == "RUSGOV"
    assert actor_at(doc, later, later + len("Lavrov")) is first
    assert actor_at(doc, pronoun, pronoun + 2) is first


def test_a_span_that_names_no_actor_gives_none() -> None:
    doc = code(TEXT, published="2024-06-07")
    start = TEXT.index("Friday")
    assert actor_at(doc, start, start + len("Friday")) is None
