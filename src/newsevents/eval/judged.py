"""Judged precision on real pages nobody tuned on: code the political pages of an HTML benchmark laid out like
scrapinghub's (``html/<id>.html.gz``, ``ground-truth.json``), match every emitted event to a human judgment
kept as standoff data in ``data/gold/judged/``, and report strict and lenient precision, recall of the main
events a human coder records, and precision by confidence band, for the tune and check parts apart.

An event is matched to its judgment by page id, trigger offsets, source and target codes, CAMEO code and
modality, so judgments survive re-runs and an event whose codes changed needs a new judgment (unjudged).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import DataFileError, InputError
from newsevents.eval.split import PARTS, part_of

GOLD_DIR = Path(__file__).resolve().parent.parent / "data" / "gold" / "judged"
VERDICTS = ("right", "partial", "wrong")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8)  # lower edges of the confidence bands
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|\b)")

Key = tuple[str, int, int, str | None, str | None, str, str]


@dataclass(frozen=True)
class Main:
    """One main event of a page, as a human coder records it."""

    page: str
    start: int  # the sentence's offsets in the page's clean text
    end: int
    source: str
    target: str | None
    cameo: str


@dataclass
class PartScore:
    pages: int = 0
    emitted: int = 0
    verdicts: Counter = field(default_factory=Counter)
    bands: dict[float, Counter] = field(default_factory=lambda: {low: Counter() for low in BANDS})
    confidences: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, judged right)
    duplicates: int = 0
    main: int = 0
    found: int = 0

    @property
    def judged(self) -> int:
        return sum(self.verdicts.values())

    def lines(self, name: str) -> list[str]:
        judged = self.judged
        out = [
            f"{name}: {self.pages} pages, {self.emitted} events emitted, {judged} judged, "
            f"{self.emitted - judged} unjudged; {self.duplicates} emitted twice (the copy counts wrong)",
            f"  strict precision  {_share(self.verdicts['right'], judged)}",
            f"  lenient precision {_share(self.verdicts['right'] + self.verdicts['partial'], judged)}",
            f"  main-event recall {_share(self.found, self.main)}",
            f"  confidence ranks right events above the others: AUC {auc(self.confidences)}",
            "  by confidence     band       judged  strict  lenient",
        ]
        for low, high in zip(BANDS, [*BANDS[1:], 1.0], strict=True):
            counts = self.bands[low]
            n = sum(counts.values())
            strict = _ratio(counts["right"], n)
            lenient = _ratio(counts["right"] + counts["partial"], n)
            out.append(f"                    {low:.1f}-{high:.1f}  {n:>6}  {strict:>6}  {lenient:>7}")
        return out


@dataclass
class JudgedScore:
    parts: dict[str, PartScore] = field(default_factory=lambda: {part: PartScore() for part in PARTS})
    undecided: list[str] = field(default_factory=list)  # pages with no political/not decision
    failed: list[str] = field(default_factory=list)
    stale: int = 0  # judgments that match no emitted event any more

    def report(self) -> str:
        """Both parts' figures, one per line."""
        lines: list[str] = []
        for name in PARTS:
            lines += self.parts[name].lines(name)
        lines.append(f"stale judgments (their event is no longer emitted): {self.stale}")
        if self.undecided:
            lines.append(f"pages without a political/not decision: {len(self.undecided)}")
        if self.failed:
            lines.append(f"pages that failed: {', '.join(self.failed)}")
        return "\n".join(lines)


def load_pages(path: Path) -> dict[str, bool]:
    """Page id -> whether it is political/public-affairs news (``pages.jsonl``)."""
    return {row["page"]: bool(row["political"]) for row in _jsonl(path)}


def load_judgments(path: Path) -> dict[Key, dict[str, Any]]:
    """The judgments of ``events.jsonl`` by matching key; raises DataFileError on a bad line."""
    out: dict[Key, dict[str, Any]] = {}
    for number, row in enumerate(_jsonl(path), 1):
        if row.get("verdict") not in VERDICTS:
            raise DataFileError(str(path), number, f"verdict must be one of {', '.join(VERDICTS)}")
        if row["verdict"] != "right" and not row.get("correct"):
            raise DataFileError(str(path), number, f"a {row['verdict']} verdict needs 'correct'")
        out[judgment_key(row)] = row
    return out


def load_main(path: Path) -> list[Main]:
    """The main events of ``main.jsonl``."""
    return [
        Main(r["page"], r["sentence"][0], r["sentence"][1], r["source"], r.get("target"), r["cameo"])
        for r in _jsonl(path)
    ]


def judgment_key(row: dict[str, Any]) -> Key:
    """The matching key of a judgment or an exported event."""
    trigger = row["trigger"]
    return (
        row["page"],
        trigger[0],
        trigger[1],
        row["source"],
        row["target"],
        row["cameo"],
        row["modality"],
    )


def export_row(page: str, doc: Any, event: Any) -> dict[str, Any]:
    """One emitted event in the export format: standoff keys plus the text a judge reads."""
    text = doc.article.text
    _, start, end = event.sentence
    out: dict[str, Any] = {
        "page": page,
        "part": part_of(page),
        "sentence": [start, end],
        "sentence_text": text[start:end],
        "trigger": [event.trigger.start, event.trigger.end],
        "trigger_text": event.trigger.text,
        "source": actor_code(event.source),
        "target": actor_code(event.target),
        "cameo": event.cameo,
        "modality": event.modality,
        "date": event.date,
        "confidence": round(event.confidence, 3),
    }
    for role in ("source", "target"):
        mention = getattr(event, role)
        out[f"{role}_span"] = [mention.start, mention.end] if mention else None
        out[f"{role}_text"] = mention.text if mention else None
    return out


def code_pages(
    directory: Path, urls: dict[str, str | None], pages: dict[str, bool]
) -> tuple[list[tuple[str, Any]], list[str]]:
    """Code every political page of the benchmark in ``directory`` (page id -> URL): (page, Document)
    pairs, and the pages that failed with their reason."""
    from newsevents import code

    docs, failed = [], []
    for page, url in sorted(urls.items()):
        if not pages.get(page):
            continue
        data = gzip.decompress((directory / "html" / f"{page}.html.gz").read_bytes())
        try:
            docs.append((page, code(data, published=url_date(url), url=url, id=page)))
        except InputError as exc:
            failed.append(f"{page[:12]} ({exc.reason})")
    return docs, failed


def url_date(url: str | None) -> str | None:
    """The ``YYYY-MM-DD`` a news URL carries (``/2019/11/19/``), else None (the markup's date is used)."""
    match = _URL_DATE.search(url or "")
    return "-".join(match.groups()) if match else None


def score(
    rows: list[dict[str, Any]],
    pages: list[str],
    judgments: dict[Key, dict[str, Any]],
    main: list[Main],
) -> JudgedScore:
    """Score exported event rows of the coded ``pages`` against judgments and main events."""
    result = JudgedScore()
    for page in pages:
        result.parts[part_of(page)].pages += 1
    used: set[Key] = set()
    for row in rows:
        part = result.parts[part_of(row["page"])]
        part.emitted += 1
        key = judgment_key(row)
        if key in used:  # the same event emitted twice: the copy is wrong
            part.duplicates += 1
            verdict = "wrong"
        elif key in judgments:
            used.add(key)
            verdict = judgments[key]["verdict"]
        else:
            continue
        part.verdicts[verdict] += 1
        part.bands[_band(row["confidence"])][verdict] += 1
        part.confidences.append((row["confidence"], verdict == "right"))
    coded = set(pages)
    result.stale = sum(1 for key in judgments if key[0] in coded and key not in used)
    for item in main:
        if item.page not in coded:
            continue
        part = result.parts[part_of(item.page)]
        part.main += 1
        part.found += any(_finds(row, item) for row in rows if row["page"] == item.page)
    return result


def evaluate(directory: Path, gold: Path = GOLD_DIR, export: Path | None = None) -> JudgedScore:
    """Code the political pages in ``directory``, score them against ``gold``; write the events to judge
    to ``export`` (JSONL) when given."""
    if export is not None:
        _check_outside_package(export)
    pages = load_pages(gold / "pages.jsonl")
    benchmark = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    docs, failed = code_pages(directory, {page: item.get("url") for page, item in benchmark.items()}, pages)
    rows = [export_row(page, doc, event) for page, doc in docs for event in doc.events]
    judgments = load_judgments(gold / "events.jsonl")
    if export is not None:
        with export.open("w", encoding="utf-8") as out:
            for row in rows:
                verdict = judgments.get(judgment_key(row), {}).get("verdict")
                out.write(json.dumps({**row, "verdict": verdict}, ensure_ascii=False) + "\n")
    result = score(rows, [page for page, _ in docs], judgments, load_main(gold / "main.jsonl"))
    result.undecided = [page for page in benchmark if page not in pages]
    result.failed = failed
    return result


def standoff(row: dict[str, Any]) -> dict[str, Any]:
    """A judged export row as a judgment: offsets, codes, verdict and reason; none of the page's text."""
    keep = ("page", "sentence", "trigger", "source", "target", "cameo", "modality", "verdict")
    out = {name: row[name] for name in keep}
    if row["verdict"] != "right":
        out["correct"] = row["correct"]
    out["reason"] = row.get("reason", "")
    return out


def add_judgments(path: Path, gold: Path = GOLD_DIR) -> int:
    """Add the judged rows of an export file (``verdict`` set) to ``gold/events.jsonl`` as standoff,
    replacing earlier judgments of the same event; returns how many were added."""
    target = gold / "events.jsonl"
    judgments = load_judgments(target)
    added = [standoff(row) for row in _jsonl(path) if row.get("verdict")]
    for row in added:
        judgments[judgment_key(row)] = row
    target.write_text("".join(json.dumps(row) + "\n" for row in judgments.values()), encoding="utf-8")
    load_judgments(target)
    return len(added)


def country(code: str | None) -> str | None:
    """The country part of an actor code: the whole code for an IGO, else its first three letters."""
    if not code:
        return None
    return code if code.startswith("IGO") else code[:3]


def _finds(row: dict[str, Any], item: Main) -> bool:
    return (
        item.start <= row["trigger"][0] < item.end
        and country(row["source"]) == country(item.source)
        and country(row["target"]) == country(item.target)
        and row["cameo"][:2] == item.cameo[:2]
    )


def actor_code(mention: Any) -> str | None:
    """The code of the actor a mention names, None without one."""
    return mention.actor.code if mention is not None and mention.actor is not None else None


def auc(pairs: list[tuple[float, bool]]) -> str:
    """The chance that a right event has a higher confidence than a not-right one (ties count half)."""
    right = [c for c, ok in pairs if ok]
    other = [c for c, ok in pairs if not ok]
    if not right or not other:
        return "  -  "
    wins = sum((r > o) + 0.5 * (r == o) for r in right for o in other)
    return f"{wins / (len(right) * len(other)):.3f}"


def _band(confidence: float) -> float:
    return max(low for low in BANDS if confidence >= low)


def _share(count: int, total: int) -> str:
    return f"{_ratio(count, total)} ({count}/{total})"


def _ratio(count: int, total: int) -> str:
    return f"{count / total:.3f}" if total else "  -  "


def _check_outside_package(path: Path) -> None:
    package = GOLD_DIR.parent.parent.parent
    if path.resolve().is_relative_to(package):
        raise InputError(str(path), "the export holds the publisher's text; write it outside the package")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise DataFileError(str(path), number, f"not JSON ({exc.msg})") from None
    return rows
