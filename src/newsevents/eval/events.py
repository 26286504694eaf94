"""Score the event coder against a gold set: root, full code, dyad and triple P/R/F1, a confusion table
by root, and the ConfliBERT five-class macro-F1.

Events are compared per sentence as multisets: an item predicted twice but in gold once counts once, and
only events at or above the setting ``min_event_confidence`` count. A five-class set states that every
sentence reports an event, so its class is that of the sentence's most confident candidate whatever its
confidence (the threshold is a precision knob for open text); the class of the most confident event at
the threshold is reported beside it.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from newsevents import settings
from newsevents.document import Document
from newsevents.eval import PRF
from newsevents.eval.gold import FIVE_CLASSES, GoldEvent, GoldSentence, country_of, load, petrarch_tables
from newsevents.eval.split import Part, select

GOLD_PATH = Path(__file__).resolve().parents[1] / "data" / "gold" / "events.jsonl"
ROOTS = [f"{r:02d}" for r in range(1, 21)]


@dataclass
class EventScores:
    sentences: int = 0
    root: PRF = field(default_factory=PRF)
    code: PRF = field(default_factory=PRF)
    dyad: PRF = field(default_factory=PRF)
    triple: PRF = field(default_factory=PRF)
    confusion: Counter = field(default_factory=Counter)  # (gold root or "--", predicted root or "--")
    five: Counter = field(default_factory=Counter)  # (gold class, class of the best candidate or -1)
    five_at: Counter = field(default_factory=Counter)  # the same among events at the threshold
    threshold: float = 0.0
    modality: Counter = field(default_factory=Counter)  # (gold, predicted) on matched triples
    calibration: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, triple right)

    def five_class_macro_f1(self, at_threshold: bool = False) -> float:
        """Macro-F1 over the five classes, of the best candidate or (``at_threshold``) the best event."""
        five = self.five_at if at_threshold else self.five
        scores = []
        for label in range(5):
            tp = five[(label, label)]
            pred = sum(n for (g, p), n in five.items() if p == label)
            gold = sum(n for (g, p), n in five.items() if g == label)
            if gold:
                scores.append(PRF(tp, pred, gold).f1)
        return sum(scores) / len(scores) if scores else 0.0

    def report(self) -> str:
        lines = [f"sentences      {self.sentences}"]
        if self.five:
            for name, five, at in (
                ("five-class", self.five, False),
                (f"at {self.threshold:.2f}", self.five_at, True),
            ):
                right = sum(n for (g, p), n in five.items() if g == p)
                none = sum(n for (g, p), n in five.items() if p == -1)
                lines.append(
                    f"{name:<14} macro-F1 {self.five_class_macro_f1(at):.3f}  accuracy "
                    f"{right / sum(five.values()):.3f}  (no event: {none})"
                )
            lines.append(
                "five-class: the most confident candidate of each sentence, whatever its confidence (each "
                f"sentence reports an event); at {self.threshold:.2f}: among events at the threshold"
            )
            return "\n".join(lines)
        lines += [
            self.root.row("root"),
            self.code.row("full code"),
            self.dyad.row("dyad"),
            self.triple.row("triple"),
        ]
        if self.modality:
            right = sum(n for (g, p), n in self.modality.items() if g == p)
            lines.append(
                f"modality       accuracy {right / sum(self.modality.values()):.3f} on matched triples"
            )
        if self.calibration:
            lines += ["", reliability_table(self.calibration)]
        lines.append("")
        lines.append(confusion_table(self.confusion))
        return "\n".join(lines)


def reliability_table(calibration: list[tuple[float, bool]]) -> str:
    """Emitted events by confidence band: how many, mean confidence, share right; and the Brier score."""
    brier = sum((p - right) ** 2 for p, right in calibration) / len(calibration)
    rows = [
        f"calibration    Brier {brier:.3f} over {len(calibration)} events",
        "  band        n  mean   right",
    ]
    for band in range(10):
        found = [(p, r) for p, r in calibration if min(int(p * 10), 9) == band]
        if found:
            mean = sum(p for p, _ in found) / len(found)
            right = sum(r for _, r in found) / len(found)
            rows.append(f"  {band / 10:.1f}-{(band + 1) / 10:.1f} {len(found):4d}  {mean:.3f}  {right:.3f}")
    return "\n".join(rows)


def confusion_table(confusion: Counter) -> str:
    """Rows: gold root; columns: predicted root ("--": none)."""
    labels = [r for r in ROOTS if any(r in key for key in confusion)] + ["--"]
    head = "gold\\pred " + " ".join(f"{label:>3}" for label in labels)
    rows = [head]
    for gold in labels:
        cells = [confusion[(gold, pred)] for pred in labels]
        if any(cells):
            rows.append(f"{gold:>9} " + " ".join(f"{n or '.':>3}" for n in cells))
    return "\n".join(rows)


def predicted_events(doc_dict: dict) -> list[tuple[GoldEvent, float]]:
    out = []
    for event in doc_dict["events"]:
        source, target = event["source"] or {}, event["target"] or {}
        out.append(
            (
                GoldEvent(
                    country_of(source.get("code"), source.get("country")),
                    country_of(target.get("code"), target.get("country")),
                    event["cameo"],
                    event["modality"],
                ),
                event["confidence"],
            )
        )
    return out


def score_sentence(scores: EventScores, gold: GoldSentence, predicted: list[tuple[GoldEvent, float]]) -> None:
    """Add one sentence's comparison to the running scores. ``predicted`` holds every candidate; only those
    at ``scores.threshold`` are scored, but for the five-class label (see the module's docstring)."""
    scores.sentences += 1
    kept = [item for item in predicted if item[1] >= scores.threshold]
    if gold.label is not None:
        for five, events in ((scores.five, predicted), (scores.five_at, kept)):
            best = max(events, key=lambda item: item[1])[0] if events else None
            five[(gold.label, FIVE_CLASSES.get(best.cameo[:2], -1) if best else -1)] += 1
        return
    predicted = kept
    pred = [p for p, _ in predicted]
    left_gold = Counter((e.source, e.target, e.cameo[:2]) for e in gold.events)
    for event, confidence in sorted(predicted, key=lambda item: -item[1]):
        triple = (event.source, event.target, event.cameo[:2])
        scores.calibration.append((confidence, left_gold[triple] > 0))
        left_gold[triple] -= 1
    for prf, key in (
        (scores.root, lambda e: e.cameo[:2]),
        (scores.code, lambda e: e.cameo),
        (scores.dyad, lambda e: (e.source, e.target)),
        (scores.triple, lambda e: (e.source, e.target, e.cameo[:2])),
    ):
        g, p = Counter(map(key, gold.events)), Counter(map(key, pred))
        prf.add(sum((g & p).values()), sum(p.values()), sum(g.values()))
    left = list(pred)
    for event in gold.events:
        same = next((p for p in left if (p.source, p.target) == (event.source, event.target)), None)
        same = same or next((p for p in left if p.cameo[:2] == event.cameo[:2]), None)
        if same is not None:
            left.remove(same)
            if same.cameo[:2] == event.cameo[:2] and (same.source, same.target) == (
                event.source,
                event.target,
            ):
                scores.modality[(event.modality, same.modality)] += 1
        scores.confusion[(event.cameo[:2], same.cameo[:2] if same else "--")] += 1
    for p in left:
        scores.confusion[("--", p.cameo[:2])] += 1


def evaluate(
    path: Path, fmt: str | None = None, actor_dir: Path | None = None, part: Part | None = None
) -> EventScores:
    """Code every gold sentence of ``part`` (all for None; ``eval.split``) with every candidate and score it
    at the setting ``min_event_confidence``."""
    scores = EventScores(threshold=settings.get("min_event_confidence"))
    with settings.overridden(min_event_confidence=0.0):
        for gold, doc in coded(path, fmt, actor_dir, part):
            score_sentence(scores, gold, predicted_events(doc.to_dict()))
    return scores


def coded(
    path: Path, fmt: str | None = None, actor_dir: Path | None = None, part: Part | None = None
) -> Iterator[tuple[GoldSentence, Document]]:
    """Each gold sentence of ``part`` with its coded Document. PETRARCH dictionaries beside a PETRARCH file
    are loaded while they are coded."""
    from newsevents import code_many
    from newsevents.eval.gold import detect_format
    from newsevents.ingest import Record

    fmt = fmt or detect_format(path)
    sentences = select(load(path, fmt), part, lambda s: s.split_key)
    with tempfile.TemporaryDirectory() as tmp:
        extra = [str(actor_dir)] if actor_dir else []
        if fmt == "petrarch":
            extra.append(str(petrarch_tables(path.parent, Path(tmp))))
        with _actor_tables(extra):
            records = (Record(s.id, id=s.id, text=s.text, published=s.published) for s in sentences)
            yield from zip(sentences, code_many(records), strict=True)


@contextmanager
def _actor_tables(folders: list[str]) -> Iterator[None]:
    """Add actor-table folders to the lexicon for the duration."""
    from newsevents.actors import lexicon

    before = os.environ.get(lexicon.ACTORS_ENV)
    if folders:
        os.environ[lexicon.ACTORS_ENV] = os.pathsep.join(filter(None, [before, *folders]))
        lexicon.load.cache_clear()
    try:
        yield
    finally:
        if folders:
            if before is None:
                os.environ.pop(lexicon.ACTORS_ENV, None)
            else:
                os.environ[lexicon.ACTORS_ENV] = before
            lexicon.load.cache_clear()
