"""Score who-did-it-to-whom spans against ConfliBERT's source/target BIO format.

The gold file has one ``word TAG`` line per token and a blank line between sentences; ``B-S``/``I-S`` mark
the source of the sentence's event, ``B-T``/``I-T`` its target (other roles are not scored). Each sentence
is coded on its own (its words joined by single spaces) and its **main event** is taken: the predicate of
the most confident event (the earliest on a tie) with all its events, so that coordinated sources or
targets ("France and Germany") each give a span. Its distinct source spans are compared with the gold
``S`` spans, its distinct target spans with the gold ``T`` spans. A span is one role: the coordinated
sources of a reciprocal event ("Canada and Chile agreed to talks", coded both ways) are its sources, not
also its targets, as the BIO format tags them.

Overlap: a predicted span matches a gold span of the same role when the two share at least one word of
the sentence (their character ranges intersect). Matching is one to one, in text order, so a predicted
span that covers two gold spans matches one of them. Precision is matched predicted spans over predicted
spans, recall matched gold spans over gold spans, per role and for both roles together ("all").
Sentences are split into tune and check parts by ``eval.split.part_of(sentence index)``, counting from 0.

Every sentence of the set reports an event, so the main event is chosen among all the coder's candidates,
whatever their confidence (the setting ``min_event_confidence`` is a precision knob for open text); the
scores among the events at that threshold are reported beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsevents import settings
from newsevents.eval import PRF
from newsevents.eval.actors import read_bio
from newsevents.eval.split import Part, part_of

ROLES = {"S": "sources", "T": "targets"}
Spans = list[tuple[int, int]]


@dataclass
class ArgScores:
    sentences: int = 0
    no_event: int = 0  # sentences where the coder found no event
    unaligned: int = 0  # sentences whose stored text differs from the gold words (scored as no event)
    roles: dict[str, PRF] = field(default_factory=lambda: {role: PRF() for role in ROLES})

    @property
    def all(self) -> PRF:
        return PRF(*(sum(getattr(p, f) for p in self.roles.values()) for f in ("tp", "predicted", "gold")))

    def report(self) -> str:
        lines = [
            f"sentences      {self.sentences} (no event coded: {self.no_event}; text not aligned: "
            f"{self.unaligned})"
        ]
        lines += [self.roles[role].row(name) for role, name in ROLES.items()]
        lines.append(self.all.row("all"))
        return "\n".join(lines)


@dataclass
class ArgReport:
    """The spans of the most confident candidate (``best``) and of the most confident event at the
    threshold (``at``)."""

    threshold: float
    best: ArgScores = field(default_factory=ArgScores)
    at: ArgScores = field(default_factory=ArgScores)

    def report(self) -> str:
        return (
            "main event: the most confident candidate of each sentence, whatever its confidence\n"
            f"{self.best.report()}\n\nmain event among events at {self.threshold:.2f} (the default "
            f"threshold)\n{self.at.report()}"
        )


def overlap_matches(predicted: Spans, gold: Spans) -> int:
    """How many one-to-one pairs of overlapping spans (in text order) the two lists hold."""
    left = sorted(gold)
    matched = 0
    for span in sorted(predicted):
        hit = next((g for g in left if span[0] < g[1] and g[0] < span[1]), None)
        if hit is not None:
            left.remove(hit)
            matched += 1
    return matched


def main_event_spans(doc_dict: dict, threshold: float = 0.0) -> dict[str, Spans]:
    """Distinct source and target spans of the main event among the events at ``threshold`` (see the
    module's docstring)."""
    events = [e for e in doc_dict["events"] if e["confidence"] >= threshold]
    out: dict[str, Spans] = {role: [] for role in ROLES}
    if not events:
        return out
    top = max(events, key=lambda e: e["confidence"])  # max keeps the first of equals
    for event in events:
        if event["trigger"]["start"] != top["trigger"]["start"]:
            continue
        for role, part in (("S", "source"), ("T", "target")):
            arg = event[part]
            if arg and (arg["start"], arg["end"]) not in out[role]:
                out[role].append((arg["start"], arg["end"]))
    out["T"] = [span for span in out["T"] if span not in out["S"]]
    return out


def score_sentence(scores: ArgScores, gold: list[tuple[int, int, str]], predicted: dict[str, Spans]) -> None:
    """Add one sentence's comparison to the running scores."""
    scores.sentences += 1
    scores.no_event += not any(predicted.values())
    for role, prf in scores.roles.items():
        spans = [(s, e) for s, e, r in gold if r == role]
        prf.add(overlap_matches(predicted[role], spans), len(predicted[role]), len(spans))


def evaluate(path: Path, part: Part | None = None) -> ArgReport:
    """Code every sentence of the BIO file (of one part, or all for None) with all its candidates and score
    the spans of its main event, without and with the setting ``min_event_confidence``."""
    from newsevents import code_many
    from newsevents.ingest import Record

    sentences = [(n, *item) for n, item in enumerate(read_bio(path)) if part is None or part_of(n) == part]
    records = (Record(f"{path.name}:{n}", id=str(n), text=text) for n, text, _ in sentences)
    result = ArgReport(settings.get("min_event_confidence"))
    with settings.overridden(min_event_confidence=0.0):
        for (_, text, gold), doc in zip(sentences, code_many(records), strict=True):
            obj = doc.to_dict()
            for scores, threshold in ((result.best, 0.0), (result.at, result.threshold)):
                if obj["article"]["text"] != text:
                    scores.unaligned += 1
                    predicted: dict[str, Spans] = {role: [] for role in ROLES}
                else:
                    predicted = main_event_spans(obj, threshold)
                score_sentence(scores, gold, predicted)
    return result
