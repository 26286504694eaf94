"""Text extraction scored on an article-extraction benchmark laid out like scrapinghub's
(``html/<id>.html.gz`` and ``ground-truth.json`` with each page's ``articleBody``), with that benchmark's
metric: precision and recall over 4-word shingles, normalised per page and averaged over pages; F1 from the
averages. Also counted: gold shingles that cleaning removed (body lost to debris removal), and how often the
title and publication date are found on pages whose markup carries them.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest.clean import clean_text
from newsevents.ingest.decode import decode_bytes
from newsevents.ingest.html import extract_html

_TOKEN = re.compile(r"\w+")
_HAS_DATE = re.compile(
    rb"article:published_time|datePublished|itemprop=.?datePublished|<time[^>]+datetime|name=.?(pubdate|"
    rb"publish-date|dc\.date|date|parsely-pub-date|sailthru\.date)\b",
    re.I,
)
_HAS_TITLE = re.compile(rb"<title[^>]*>\s*[^<\s]|og:title", re.I)

Counts = tuple[float, float, float]  # true positives, false positives, false negatives (normalised)


@dataclass
class ExtractScore:
    pages: int = 0
    failed: list[str] = field(default_factory=list)
    raw: list[Counts] = field(default_factory=list)  # trafilatura's text before cleaning
    clean: list[Counts] = field(default_factory=list)  # after cleaning: what ingest produces
    gold_shingles: int = 0
    lost_shingles: int = 0  # gold shingles in the raw text that cleaning removed
    title: Counter = field(default_factory=Counter)  # present, found
    date: Counter = field(default_factory=Counter)

    def report(self) -> str:
        """The figures, one per line."""
        lost = self.lost_shingles / max(self.gold_shingles, 1)
        failed = ", ".join(self.failed) or "none"
        return "\n".join(
            [
                f"pages          {self.pages} ({len(self.failed)} failed: {failed})",
                _row("text", self.clean),
                _row("trafilatura", self.raw) + "  (its fast mode, before debris removal)",
                f"body lost      {self.lost_shingles} of {self.gold_shingles} gold shingles "
                f"removed by cleaning ({lost:.2%})",
                f"title found    {self.title['found']} of {self.title['present']} pages that have one",
                f"date found     {self.date['found']} of {self.date['present']} pages that mark one up",
            ]
        )


def evaluate(directory: Path) -> ExtractScore:
    """Extract and clean every page of the benchmark in ``directory`` and score it."""
    gold = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    score = ExtractScore()
    for key, item in gold.items():
        data = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
        try:
            raw, page = extract_html(decode_bytes(data, key), key)
        except InputError:
            score.failed.append(key[:12])
            raw, page = "", {}
        text = clean_text(raw, page.get("title")) if raw else ""
        truth = item.get("articleBody", "")
        score.pages += 1
        score.raw.append(shingle_match(truth, raw))
        score.clean.append(shingle_match(truth, text))
        gold_shingles, in_raw, in_clean = _shingles(truth), _shingles(raw), _shingles(text)
        score.gold_shingles += sum(gold_shingles.values())
        score.lost_shingles += sum(((gold_shingles & in_raw) - (gold_shingles & in_clean)).values())
        _tally(score.title, bool(_HAS_TITLE.search(data)), page.get("title"))
        _tally(score.date, bool(_HAS_DATE.search(data)), page.get("published"))
    return score


def shingle_match(true: str, pred: str) -> Counts:
    """True positives, false positives and false negatives over 4-word shingles, normalised to sum to 1."""
    gold, found = _shingles(true), _shingles(pred)
    tp = sum((gold & found).values())
    fp = sum((found - gold).values())
    fn = sum((gold - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts: list[Counts]) -> tuple[float, float, float]:
    """Precision and recall averaged over pages (the benchmark's way), and F1 from the two averages."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _ratio(tp: float, wrong: float, other: float) -> float:
    if wrong == other == 0:
        return 1.0
    return tp / (tp + wrong) if tp + wrong else 0.0


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4])


def _tally(counter: Counter, present: bool, value: str | None) -> None:
    if present:
        counter["present"] += 1
        counter["found"] += bool(value)


def _row(name: str, counts: list[Counts]) -> str:
    precision, recall, f1 = prf(counts)
    return f"{name:<14} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
