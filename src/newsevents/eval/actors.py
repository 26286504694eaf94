"""Score actor resolution: how many gold actor mentions are found, and how many get the right code,
country and sector, overall and by kind of mention (name, surname, title, pronoun, metonym, ...). Codes
compare at the gold's level: a group suffix on a national code (PSEREBHMS for PSEREB) is not held against it.

Gold: the project's ``data/gold/actors.jsonl`` (every mention coded), and the source/target spans of a
ConfliBERT BIO file (``cameo_ner_train.txt``: spans only, so only "found" is scored there).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.data import DATA_DIR
from newsevents.eval.split import Part, select

GOLD_PATH = DATA_DIR / "gold" / "actors.jsonl"


@dataclass
class ActorScores:
    gold: Counter = field(default_factory=Counter)  # by type
    found: Counter = field(default_factory=Counter)
    code: Counter = field(default_factory=Counter)
    country: Counter = field(default_factory=Counter)
    sector: Counter = field(default_factory=Counter)
    predicted: int = 0
    predicted_matching: int = 0
    part: str = "all"

    def report(self) -> str:
        total = sum(self.gold.values())
        lines = [
            f"part: {self.part}",
            f"{'type':<13}{'gold':>6}{'found':>8}{'code':>8}{'country':>9}{'sector':>8}",
        ]
        for kind in sorted(self.gold) + ["all"]:
            n = total if kind == "all" else self.gold[kind]
            pick = (lambda c: sum(c.values())) if kind == "all" else (lambda c, k=kind: c[k])
            lines.append(
                f"{kind:<13}{n:>6}"
                + "".join(
                    f"{pick(c) / n:>{w}.3f}"
                    for c, w in ((self.found, 8), (self.code, 8), (self.country, 9), (self.sector, 8))
                )
            )
        if self.predicted:
            lines.append(
                f"precision (predicted mentions that overlap a gold mention): "
                f"{self.predicted_matching / self.predicted:.3f} of {self.predicted}"
            )
        return "\n".join(lines)


def _predicted(doc_dict: dict) -> list[tuple[int, int, dict]]:
    return [(s, e, a) for a in doc_dict["actors"] for s, e in a["mentions"]]


def _at_gold_level(code: str | None, gold: set[str]) -> str | None:
    """A national code refined by CAMEO's group suffix (PSEREBHMS, Hamas) scores as the six-letter code the
    gold gives (PSEREB); organisation codes (IGO...) compare whole."""
    if code and len(code) > 6 and not code.startswith(("IGO", "NGO")) and code[:6] in gold:
        return code[:6]
    return code


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_gold(path: Path = GOLD_PATH, part: Part | None = None) -> ActorScores:
    """Score against the project's JSON Lines gold (``data/gold/README.md``), or one part of its fixed
    tune/check split (by passage id)."""
    from newsevents import code_many
    from newsevents.ingest import Record

    lines = path.read_text(encoding="utf-8").splitlines()
    items = select([json.loads(line) for line in lines if line.strip()], part, lambda item: item["id"])
    records = (Record(i["id"], id=i["id"], text=i["text"], published=i.get("published")) for i in items)
    scores = ActorScores(part=part or "all")
    for item, doc in zip(items, code_many(records), strict=True):
        obj = doc.to_dict()
        if obj["article"]["text"] != item["text"]:
            continue  # cleaning changed the text: offsets would not compare
        predicted = _predicted(obj)
        scores.predicted += len(predicted)
        gold_spans = [(m["start"], m["end"]) for m in item["mentions"]]
        scores.predicted_matching += sum(
            any(_overlaps((s, e), g) for g in gold_spans) for s, e, _ in predicted
        )
        for mention in item["mentions"]:
            kind = mention.get("type", "name")
            scores.gold[kind] += 1
            span = (mention["start"], mention["end"])
            hits = [a for s, e, a in predicted if _overlaps((s, e), span)]
            if not hits:
                continue
            scores.found[kind] += 1
            codes = set(mention.get("refers") or [mention["code"]])
            if codes & {_at_gold_level(a["code"], codes) for a in hits}:
                scores.code[kind] += 1
            if mention.get("country") in {a["country"] for a in hits}:
                scores.country[kind] += 1
            if mention.get("sector") in {a["sector"] for a in hits}:
                scores.sector[kind] += 1
    return scores


def read_bio(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of a BIO file (``word TAG`` lines, B-S/I-S source, B-T/I-T target) with their spans."""
    out, words, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            words.append(word)
            tags.append(tag)
            continue
        if words:
            text, spans, open_span = "", [], None
            for word, tag in zip(words, tags, strict=True):
                start = len(text) + (1 if text else 0)
                text = f"{text} {word}" if text else word
                if tag.startswith("B-"):
                    open_span = [start, start + len(word), tag[2:]]
                    spans.append(open_span)
                elif tag.startswith("I-") and open_span is not None:
                    open_span[1] = start + len(word)
                else:
                    open_span = None
            out.append((text, [tuple(s) for s in spans]))
            words, tags = [], []
    return out


def evaluate_bio(path: Path, limit: int | None = None) -> dict[str, tuple[int, int]]:
    """Per role (S, T): (gold spans, spans overlapped by an actor mention)."""
    from newsevents import code_many
    from newsevents.ingest import Record

    sentences = read_bio(path)[:limit]
    counts: dict[str, list[int]] = {"S": [0, 0], "T": [0, 0]}
    records = (Record(f"{path.name}:{n}", id=str(n), text=text) for n, (text, _) in enumerate(sentences))
    for (text, spans), doc in zip(sentences, code_many(records), strict=True):
        obj = doc.to_dict()
        predicted = [(s, e) for s, e, _ in _predicted(obj)] if obj["article"]["text"] == text else []
        for start, end, role in spans:
            if role in counts:
                counts[role][0] += 1
                counts[role][1] += any(_overlaps((start, end), p) for p in predicted)
    return {role: (n, found) for role, (n, found) in counts.items()}
