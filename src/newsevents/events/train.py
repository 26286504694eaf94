"""Train the confidence model (``confidence``) on gold sentences: ``newsevents train --gold FILE...``.

Every candidate event the coder proposes for a gold sentence (``events.candidates``: no confidence floor,
the PETRARCH2 patterns when the setting ``petrarch_patterns`` is on) is an example; it is right when its
source country, target country and CAMEO root match an event of its sentence's gold (each gold event once).
The judged real pages (``add_judged``) add candidates labelled by a judge's verdicts.

The sets differ in how often a candidate is right (the project gold about 65 %, real pages under 20 %), so
while training each set other than the judged real pages has an offset of its own (a feature
``set=<file>``): the base rates go there, not into the weights of the evidence, and the model that ships
keeps the real pages' intercept (the offsets are recorded, never used in coding). Real-page candidates
weigh ``REAL_WEIGHT`` times the others. A logistic regression (scikit-learn, L2, ``C`` by out-of-fold
log-loss; five folds by sentence or page, three different splits) is fitted; its score is
recalibrated by Platt scaling on the real pages' out-of-fold scores. The threshold reported is the one
with the best F0.5 (precision weighted twice recall, gold events no candidate finds counted as missed) over
every candidate's out-of-fold probability as coding computes it. Without judged pages every set shares one
intercept and the calibration uses all candidates. scikit-learn is needed here only
(``pip install ".[train]"``); coding reads the JSON with plain Python.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.eval.gold import GoldSentence, country_of
from newsevents.eval.split import Part, part_of
from newsevents.events.confidence import Model

FOLDS = 5
REPEATS = 3  # out-of-fold scores from three different splits into folds, for steadier figures
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)  # inverse L2 strengths tried, by out-of-fold log-loss
MIN_COUNT = 2  # a feature seen on fewer candidates is left out
JUDGED = "judged"  # the set (group prefix) of the judged real pages: coding uses its intercept
REAL_WEIGHT = 2.0  # the weight of a judged real-page candidate (the others weigh 1)
BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # lower edges of the reliability table


@dataclass
class Examples:
    """Candidates with features, labels and the sentence they came from (``<set>:<sentence or page>``)."""

    features: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    gold_events: Counter = field(default_factory=Counter)  # set -> its gold events, found or not
    sentences: int = 0
    sources: Counter = field(default_factory=Counter)  # gold file -> candidates


@dataclass
class Report:
    model: Model
    threshold: float
    c: float
    candidates: int
    right: int
    sentences: int
    calibrated_on: str  # the set the calibration comes from ("all" without judged pages)
    at_threshold: dict[str, tuple[float, float, float]]  # all, and each set -> out-of-fold P, R, F1 there
    sources: dict[str, int]
    offsets: dict[str, float]  # set -> its offset while training (coding uses none)
    by_set: dict[str, tuple[float, float]]  # set -> out-of-fold (AUC, Brier) as coding scores it
    reliability: list[tuple[float, float, float, float]]  # (band, candidates, mean probability, right)

    def summary(self) -> str:
        by_set = "".join(f"\n  {name}: AUC {a:.3f}, Brier {b:.3f}" for name, (a, b) in self.by_set.items())
        table = "".join(
            f"\n  {low:.1f}-{low + 0.1:.1f} {n:>6.1f} {mean:.3f} {share:.3f}"
            for low, n, mean, share in self.reliability
        )
        return (
            f"{self.candidates} candidates ({self.right} right) from {self.sentences} sentences or pages; "
            f"C={self.c}\nout of fold, as coding scores them (AUC, Brier):{by_set}\n"
            f"at threshold {self.threshold:.2f}:"
            + "".join(
                f" {name} P {p:.3f} R {r:.3f} F1 {f:.3f};" for name, (p, r, f) in self.at_threshold.items()
            )
            + "\n"
            f"reliability on {self.calibrated_on} (band, candidates, mean confidence, right):{table}"
        )


def collect(golds: Iterable[tuple[Path, str | None]], part: Part | None) -> Examples:
    """The candidates of every sentence of ``part`` of each gold file (path, format or None)."""
    from newsevents.eval.events import coded

    examples = Examples()
    for path, fmt in golds:
        for gold, doc in coded(path, fmt, part=part):
            found = label(gold, doc)
            examples.sentences += 1
            examples.gold_events[path.name] += len(gold.events)
            examples.sources[str(path)] += len(found)
            for features, right in found:
                examples.features.append(features)
                examples.labels.append(int(right))
                examples.groups.append(f"{path.name}:{gold.id}")
    return examples


def add_judged(examples: Examples, directory: Path, part: Part | None) -> list[str]:
    """Add the judged candidates of every judged page of ``part``, political or not (``data/gold/judged``,
    pages of the benchmark in ``directory``). A candidate judged as it stands
    (same trigger, codes and modality) is right when its verdict is; one whose codes have changed since is
    right when it agrees with the codes the judge gave for its trigger (countries, root and modality);
    others are left out. The same event proposed twice is wrong the second time, as in ``eval judged``.
    Returns the pages that could not be coded, with their reason."""
    from newsevents.eval import judged

    rows = judged.load_judgments(judged.GOLD_DIR / "events.jsonl")
    rows = {key: row for key, row in rows.items() if part is None or part_of(key[0]) == part}
    right = right_by_trigger(rows.values())
    benchmark = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    urls = {page: benchmark.get(page, {}).get("url") for page in {key[0] for key in rows}}
    docs, failed = judged.code_pages(directory, urls, dict.fromkeys(urls, True))
    for page, doc in docs:
        examples.sentences += 1
        examples.gold_events[JUDGED] += sum(
            bool(codes) for (name, *_), codes in right.items() if name == page
        )
        for features, verdict in labelled(page, doc, rows, right):
            examples.features.append(features)
            examples.labels.append(int(verdict))
            examples.groups.append(f"{JUDGED}:{page}")
            examples.sources["judged pages"] += 1
    return failed


def labelled(
    page: str, doc, rows: dict[tuple, dict], right: dict[tuple[str, int, int], set[tuple]]
) -> list[tuple[dict[str, float], bool]]:
    """The judged candidates of one coded page with their label (``add_judged``)."""
    from newsevents import events
    from newsevents.eval import judged

    out, seen = [], set()
    for event, features in events.candidates(doc):
        start, end = event.trigger.start, event.trigger.end
        source, target = judged.actor_code(event.source), judged.actor_code(event.target)
        key = (page, start, end, source, target, event.cameo, event.modality)
        if key in rows:
            verdict = key not in seen and rows[key]["verdict"] == "right"
        elif (page, start, end) in right:
            codes = (judged.country(source), judged.country(target), event.cameo[:2], event.modality)
            verdict = key not in seen and codes in right[(page, start, end)]
        else:
            continue
        seen.add(key)
        out.append((features, verdict))
    return out


def right_by_trigger(rows: Iterable[dict]) -> dict[tuple[str, int, int], set[tuple]]:
    """(page, trigger offsets) -> the right (source country, target country, root, modality) of each
    judged trigger: the judged codes when right, else the judge's correction (none for "no event")."""
    from newsevents.eval import judged

    out: dict[tuple[str, int, int], set[tuple]] = {}
    for row in rows:
        codes = row if row["verdict"] == "right" else row.get("correct")
        right = out.setdefault((row["page"], *row["trigger"]), set())
        if isinstance(codes, dict):
            source, target = judged.country(codes.get("source")), judged.country(codes.get("target"))
            right.add((source, target, codes["cameo"][:2], codes.get("modality", row["modality"])))
    return out


def label(gold: GoldSentence, doc) -> list[tuple[dict[str, float], bool]]:
    """The sentence's candidates in the coder's order, each marked right while an unmatched gold event of
    the same source country, target country and root remains."""
    from newsevents import events

    if doc.spacy is None:
        return []
    left = Counter((e.source, e.target, e.cameo[:2]) for e in gold.events)
    out = []
    for event, features in events.candidates(doc):
        key = (_country(event.source), _country(event.target), event.cameo[:2])
        out.append((features, left[key] > 0))
        left[key] -= 1
    return out


def _country(mention) -> str | None:
    actor = mention.actor if mention is not None else None
    return country_of(actor.code, actor.country) if actor is not None else None


def fit(examples: Examples) -> Report:
    """Fit, calibrate and choose the threshold (see the module docstring)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    if len(set(examples.labels)) < 2:
        raise ValueError("training needs right and wrong candidates; the gold files gave only one kind")
    sets = np.array([group.split(":")[0] for group in examples.groups])
    reference = JUDGED if JUDGED in sets else None
    counts = Counter(name for features in examples.features for name in features)
    rows = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in examples.features]
    offsets = [{f"set={name}": 1.0} if reference and name != reference else {} for name in sets]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{**row, **offset} for row, offset in zip(rows, offsets, strict=True)])
    coding = vectorizer.transform(rows)  # the same candidates without their set's offset
    y = np.array(examples.labels)
    weight = np.where(sets == reference, REAL_WEIGHT, 1.0)
    splits = [_folds(examples.groups, repeat) for repeat in range(REPEATS)]

    def out_of_fold(c: float) -> tuple[np.ndarray, np.ndarray]:
        own, plain = np.zeros((REPEATS, len(y))), np.zeros((REPEATS, len(y)))
        for repeat, folds in enumerate(splits):
            for train, test in folds:
                model = _logistic(c).fit(x[train], y[train], sample_weight=weight[train])
                own[repeat, test] = model.decision_function(x[test])
                plain[repeat, test] = model.decision_function(coding[test])
        return own.ravel(), plain.ravel()

    trials = {c: out_of_fold(c) for c in C_GRID}
    labels, every_set, weights_of = np.tile(y, REPEATS), np.tile(sets, REPEATS), np.tile(weight, REPEATS)
    best = min(
        C_GRID, key=lambda c: log_loss(labels, 1 / (1 + np.exp(-trials[c][0])), sample_weight=weights_of)
    )
    scores = trials[best][1]
    calibrate = every_set == reference if reference else np.ones(len(labels), dtype=bool)
    platt = LogisticRegression(C=1e6).fit(scores[calibrate].reshape(-1, 1), labels[calibrate])
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    oof = 1 / (1 + np.exp(-(a * scores + b)))
    final = _logistic(best).fit(x, y, sample_weight=weight)
    learned = dict(zip(vectorizer.get_feature_names_out(), final.coef_[0], strict=True))
    weights = {
        str(n): round(float(w), 5) for n, w in learned.items() if abs(w) > 1e-5 and not n.startswith("set=")
    }
    events = Counter({name: count * REPEATS for name, count in examples.gold_events.items()})
    threshold = _threshold(oof, labels, sum(events.values()))
    kept = oof >= threshold
    at = {"all": _scores(kept, labels, sum(events.values()))}
    at.update({str(n): _scores(kept & (every_set == n), labels, events[n]) for n in sorted(set(sets))})
    return Report(
        Model(
            dict(sorted(weights.items())), round(float(final.intercept_[0]), 5), (round(a, 5), round(b, 5))
        ),
        threshold,
        best,
        len(y),
        int(y.sum()),
        examples.sentences,
        reference or "all",
        at,
        dict(examples.sources),
        {n[4:]: round(float(w), 5) for n, w in learned.items() if n.startswith("set=")},
        _by_set(every_set, labels, oof),
        _reliability(oof[calibrate], labels[calibrate], REPEATS),
    )


def _folds(groups: list[str], repeat: int) -> list[tuple]:
    """``FOLDS`` folds by group (sentence or page), each group's fold drawn from a hash of the repeat and
    the group: the same on any machine and in any order."""
    import numpy as np

    fold = np.array([int(hashlib.sha1(f"{repeat}:{g}".encode()).hexdigest(), 16) % FOLDS for g in groups])
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(FOLDS) if (fold == k).any()]


def _logistic(c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000)


def _by_set(sets, labels, probabilities) -> dict[str, tuple[float, float]]:
    """Each set's out-of-fold AUC and Brier score (sets with right and wrong candidates)."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    out = {}
    for name in sorted(set(sets)):
        rows = sets == name
        if len(set(labels[rows])) == 2:
            auc = roc_auc_score(labels[rows], probabilities[rows])
            out[str(name)] = (float(auc), float(np.mean((probabilities - labels)[rows] ** 2)))
    return out


def _reliability(probabilities, labels, repeats: int) -> list[tuple[float, float, float, float]]:
    """The bands of ``BANDS`` that hold candidates: (band, candidates per repeat, mean probability, share
    right)."""
    out = []
    for low in BANDS:
        rows = (probabilities >= low) & (probabilities < low + 0.1)
        if rows.any():
            n, mean, share = rows.sum() / repeats, probabilities[rows].mean(), labels[rows].mean()
            out.append((low, round(float(n), 1), float(mean), float(share)))
    return out


def _threshold(probabilities, labels, gold_events: int) -> float:
    """The threshold (steps of 0.05) with the best F0.5 (recall of ``gold_events``)."""
    best, best_f = 0.0, -1.0
    for step in range(1, 19):
        p, r, _ = _scores(probabilities >= step / 20, labels, gold_events)
        f_half = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        if f_half > best_f:
            best, best_f = step / 20, f_half
    return best


def _scores(kept, labels, gold_events: int) -> tuple[float, float, float]:
    """Precision, recall (of ``gold_events``) and F1 of the kept candidates."""
    tp, emitted = int(labels[kept].sum()), int(kept.sum())
    p = tp / emitted if emitted else 0.0
    r = tp / gold_events if gold_events else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def write(report: Report, path: Path, command: str) -> None:
    """The model as readable JSON, with what it was trained on and how well it did out of fold."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "about": "Confidence model of newsevents events: see README.md in this folder (the model card).",
        "command": command,
        "trained_on": report.sources,
        "candidates": report.candidates,
        "right": report.right,
        "C": report.c,
        "set_offsets": report.offsets,
        "threshold": report.threshold,
        "out_of_fold": {
            "by_set": {
                name: {"auc": round(a, 4), "brier": round(b, 4)} for name, (a, b) in report.by_set.items()
            },
            "calibrated_on": report.calibrated_on,
            "at_threshold": {
                name: {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
                for name, (p, r, f) in report.at_threshold.items()
            },
            "reliability": [
                {"band": low, "candidates": n, "confidence": round(mean, 4), "right": round(share, 4)}
                for low, n, mean, share in report.reliability
            ],
        },
        **report.model.to_dict(),
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
