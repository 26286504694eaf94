"""Judged precision on real news nobody tuned on: code the pages of a judged set, match every event to a
human judgment kept as standoff data, and report strict and lenient precision, recall of the main events a
human coder records, and precision by confidence band, for the tune and check parts apart; once for the
events the coder emits (the confidence model at its threshold) and once for the rules alone (setting
``event_model`` none and no confidence floor: every candidate the later stages keep, with the rule score).
A page on which a stage failed is reported and not scored.

Two layouts of pages, each with its gold folder:

- an HTML benchmark laid out like scrapinghub's (``html/<id>.html.gz``, ``ground-truth.json``): its
  political pages, judged in ``data/gold/judged/``;
- a folder of plain-text articles (``<stem>.txt``, as PolNeAR's): the articles listed in the gold folder's
  ``articles.jsonl``, judged in ``data/gold/judged-polnear/``.

An event is matched to its judgment by page id, trigger offsets, source and target codes, CAMEO code and
modality, so judgments survive re-runs and an event whose codes changed needs a new judgment (unjudged).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents import settings
from newsevents.errors import DataFileError, InputError
from newsevents.eval.split import PARTS, part_of

GOLD_DIR = Path(__file__).resolve().parent.parent / "data" / "gold" / "judged"
POLNEAR_DIR = GOLD_DIR.parent / "judged-polnear"
VERDICTS = ("right", "partial", "wrong")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8)  # lower edges of the confidence bands
MAIN_FIELDS = ("page", "sentence", "source", "target", "cameo")
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|\b)")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")

Key = tuple[str, int, int, str | None, str | None, str, str]
Row = dict[str, Any]


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

    def lines(self, name: str, what: str) -> list[str]:
        """The part's figures; ``what`` names its events (emitted events, candidates)."""
        judged = self.judged
        out = [
            f"{name}: {self.pages} pages, {self.emitted} {what}, {judged} judged, "
            f"{self.emitted - judged} unjudged (left out of precision), "
            f"{self.duplicates} twice (the copy counts wrong)",
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


def _parts() -> dict[str, PartScore]:
    return {part: PartScore() for part in PARTS}


@dataclass
class JudgedScore:
    parts: dict[str, PartScore] = field(default_factory=_parts)  # the emitted events
    rules: dict[str, PartScore] = field(default_factory=_parts)  # every candidate, rule score
    floor: float = 0.0  # the confidence threshold the emitted events reached
    model: str = "packaged"  # the setting event_model the emitted events were scored with
    undecided: list[str] = field(default_factory=list)  # pages with no political/not decision
    failed: list[str] = field(default_factory=list)
    below: int = 0  # judgments of candidates proposed but not emitted
    stale: int = 0  # judgments that match no candidate any more
    elsewhere: int = 0  # judgments of pages not scored (not political)

    def report(self) -> str:
        """Both views' figures by part, one per line, then where the judgments stand."""
        lines = [f"emitted events (event_model {self.model}, min_event_confidence {self.floor:g}):"]
        for name in PARTS:
            lines += self.parts[name].lines(name, "emitted events")
        lines.append("rules alone (event_model none, min_event_confidence 0; confidence = rule score):")
        for name in PARTS:
            lines += self.rules[name].lines(name, "candidates")
        lines.append(
            f"judgments of candidates not emitted (below the threshold): {self.below}; "
            f"stale (no longer proposed at all): {self.stale}"
        )
        if self.elsewhere:
            lines.append(
                f"judgments of pages not scored (not political: training only; or failed): {self.elsewhere}"
            )
        if self.undecided:
            lines.append(f"pages without a political/not decision: {len(self.undecided)}")
        if self.failed:
            lines.append(f"pages that failed: {', '.join(self.failed)}")
        return "\n".join(lines)


def gold_for(directory: Path) -> Path:
    """The gold folder of the pages in ``directory``: an HTML benchmark's or the plain-text articles'."""
    return GOLD_DIR if (directory / "ground-truth.json").exists() else POLNEAR_DIR


def load_pages(path: Path) -> dict[str, bool]:
    """Page id -> whether it is political/public-affairs news (``pages.jsonl``)."""
    return {row["page"]: bool(row["political"]) for row in _jsonl(path)}


def load_articles(path: Path) -> dict[str, str]:
    """Article stem -> publication day (``articles.jsonl``); raises DataFileError on a bad line."""
    out: dict[str, str] = {}
    for number, row in enumerate(_jsonl(path), 1):
        if row.get("part") != part_of(row.get("page", "")):
            raise DataFileError(str(path), number, "'part' must be the page's part (eval.split.part_of)")
        if not _DAY.match(str(row.get("published"))):
            raise DataFileError(str(path), number, "'published' must be a YYYY-MM-DD day")
        out[row["page"]] = row["published"]
    return out


def load_judgments(path: Path) -> dict[Key, Row]:
    """The judgments of ``events.jsonl`` by matching key; raises DataFileError on a bad line."""
    out: dict[Key, Row] = {}
    for number, row in enumerate(_jsonl(path), 1):
        if row.get("verdict") not in VERDICTS:
            raise DataFileError(str(path), number, f"verdict must be one of {', '.join(VERDICTS)}")
        if row["verdict"] != "right" and not row.get("correct"):
            raise DataFileError(str(path), number, f"a {row['verdict']} verdict needs 'correct'")
        out[judgment_key(row)] = row
    return out


def load_main(path: Path) -> list[Main]:
    """The main events of ``main.jsonl`` (a ``{"page", "none": true}`` row marks a page without one)."""
    out = []
    for number, row in enumerate(_jsonl(path), 1):
        if row.get("none") is True:
            continue
        if not all(row.get(name) for name in ("page", "sentence", "source", "cameo")):
            raise DataFileError(str(path), number, "a main event needs page, sentence, source and cameo")
        start, end = row["sentence"]
        out.append(Main(row["page"], start, end, row["source"], row.get("target"), row["cameo"]))
    return out


def judgment_key(row: Row) -> Key:
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


def export_row(page: str, doc: Any, event: Any) -> Row:
    """One event in the export format: standoff keys plus the text a judge reads."""
    text = doc.article.text
    _, start, end = event.sentence
    out: Row = {
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
    pairs, and the pages that failed (input refused, or a stage failed) with their reason."""
    from newsevents import code

    docs, failed = [], []
    for page, url in sorted(urls.items()):
        if not pages.get(page):
            continue
        try:
            data = gzip.decompress((directory / "html" / f"{page}.html.gz").read_bytes())
        except OSError as exc:  # a page the benchmark lacks, or a broken file
            failed.append(f"{page[:12]} ({exc.strerror or exc})")
            continue
        try:
            _keep_whole(
                page[:12], (page, code(data, published=url_date(url), url=url, id=page)), docs, failed
            )
        except InputError as exc:
            failed.append(f"{page[:12]} ({exc.reason})")
    return docs, failed


def code_texts(directory: Path, articles: dict[str, str]) -> tuple[list[tuple[str, Any]], list[str]]:
    """Code every listed article (stem -> publication day) of the plain-text folder ``directory``
    (``<stem>.txt``): (stem, Document) pairs, and the articles that failed (missing, refused, or a stage
    failed) with their reason."""
    from newsevents import code

    docs, failed = [], []
    for stem, day in sorted(articles.items()):
        path = directory / f"{stem}.txt"
        try:
            _keep_whole(
                stem, (stem, code(path.read_text(encoding="utf-8"), published=day, id=stem)), docs, failed
            )
        except FileNotFoundError:
            failed.append(f"{stem} (missing)")
        except InputError as exc:
            failed.append(f"{stem} ({exc.reason})")
    return docs, failed


def _keep_whole(label: str, coded: tuple[str, Any], docs: list, failed: list[str]) -> None:
    """Keep a coded page, or, where a stage failed on it (the pipeline records it and goes on), report
    it as failed: a half-coded page is not scored."""
    errors = coded[1].errors
    if errors:
        failed.append(f"{label} ({errors[0].stage}: {errors[0].message})")
    else:
        docs.append(coded)


def url_date(url: str | None) -> str | None:
    """The ``YYYY-MM-DD`` a news URL carries (``/2019/11/19/``), else None (the markup's date is used)."""
    match = _URL_DATE.search(url or "")
    return "-".join(match.groups()) if match else None


def score(
    rows: list[Row],
    pages: list[str],
    judgments: dict[Key, Row],
    main: list[Main],
    candidates: list[Row] | None = None,
) -> JudgedScore:
    """Score the emitted event rows of the coded ``pages`` against judgments and main events, and the
    ``candidates`` (every rule candidate; the emitted rows when not given) as the rules alone."""
    result = JudgedScore()
    emitted = _tally(result.parts, rows, pages, judgments, main)
    proposed = _tally(result.rules, rows if candidates is None else candidates, pages, judgments, main)
    coded = set(pages)
    scored = [key for key in judgments if key[0] in coded]
    result.below = sum(key in proposed and key not in emitted for key in scored)
    result.stale = sum(key not in proposed for key in scored)
    result.elsewhere = len(judgments) - len(scored)
    return result


def _tally(
    parts: dict[str, PartScore],
    rows: list[Row],
    pages: list[str],
    judgments: dict[Key, Row],
    main: list[Main],
) -> set[Key]:
    """Count the rows' verdicts and found main events into ``parts``; returns the judged keys met."""
    for page in pages:
        parts[part_of(page)].pages += 1
    used: set[Key] = set()
    by_page: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_page[row["page"]].append(row)
        part = parts[part_of(row["page"])]
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
    for item in main:
        if item.page in coded:
            part = parts[part_of(item.page)]
            part.main += 1
            part.found += any(_finds(row, item) for row in by_page[item.page])
    return used


def evaluate(
    directory: Path, gold: Path | None = None, export: Path | None = None, every: bool = False
) -> JudgedScore:
    """Code the judged set's pages in ``directory``, score them against ``gold`` (default: the layout's
    gold folder, ``gold_for``); write the emitted events (``every``: every rule candidate) with their text
    and any verdict to ``export`` (JSONL) when given."""
    if export is not None:
        _check_outside_package(export)
    gold = gold or gold_for(directory)
    docs, failed, undecided = _coded(directory, gold)
    rows = [export_row(page, doc, event) for page, doc in docs for event in doc.events]
    candidates = _rule_candidates(docs)
    judgments = load_judgments(gold / "events.jsonl")
    if export is not None:
        with export.open("w", encoding="utf-8") as out:
            for row in candidates if every else rows:
                verdict = judgments.get(judgment_key(row), {}).get("verdict")
                out.write(json.dumps({**row, "verdict": verdict}, ensure_ascii=False) + "\n")
    result = score(rows, [page for page, _ in docs], judgments, load_main(gold / "main.jsonl"), candidates)
    result.floor = settings.get("min_event_confidence")
    result.model = settings.get("event_model") or "packaged"
    result.undecided = undecided
    result.failed = failed
    return result


def _coded(directory: Path, gold: Path) -> tuple[list[tuple[str, Any]], list[str], list[str]]:
    """The set's (page, Document) pairs, the pages that failed, the benchmark pages with no decision."""
    truth = directory / "ground-truth.json"
    if truth.exists():
        pages = load_pages(gold / "pages.jsonl")
        benchmark = json.loads(truth.read_text(encoding="utf-8"))
        urls = {page: item.get("url") for page, item in benchmark.items()}
        docs, failed = code_pages(directory, urls, pages)
        return docs, failed, [page for page in benchmark if page not in pages]
    listing = gold / "articles.jsonl"
    if not listing.exists():
        raise InputError(str(directory), f"no ground-truth.json, and {listing} lists no articles")
    docs, failed = code_texts(directory, load_articles(listing))
    return docs, failed, []


def _rule_candidates(docs: list[tuple[str, Any]]) -> list[Row]:
    """What the coder emits with the rules alone (setting ``event_model`` none, no confidence floor): the
    events stage and the stages after it run again on each coded document, which keeps these events (and
    the rerun's discards replace the first run's). A page on which a stage fails now keeps the failure in
    its errors and gives no candidates."""
    from newsevents import pipeline

    stages = pipeline.default_stages()
    rerun = stages[[stage.name for stage in stages].index("events") :]
    rows = []
    with settings.overridden(event_model="none", min_event_confidence=0.0):
        for page, doc in docs:
            doc.article.meta.pop("discarded", None)
            before = len(doc.errors)
            doc = pipeline.run(doc, rerun)
            if len(doc.errors) == before:
                rows += [export_row(page, doc, event) for event in doc.events]
    return rows


def standoff(row: Row) -> Row:
    """A judged export row as a judgment: offsets, codes, verdict and reason; none of the page's text."""
    keep = ("page", "sentence", "trigger", "source", "target", "cameo", "modality", "verdict")
    out = {name: row[name] for name in keep}
    if row["verdict"] != "right":
        out["correct"] = row["correct"]
    out["reason"] = row.get("reason", "")
    return out


def add_judgments(path: Path, gold: Path = GOLD_DIR) -> int:
    """Add the judged rows of an export file (``verdict`` set) to ``gold/events.jsonl`` as standoff,
    replacing earlier judgments of the same event; returns how many were added. Every row's page must be
    one the set lists. Of an event exported twice (same key) the first row is the event's judgment: the
    second is its copy, which scoring counts wrong by itself."""
    target = gold / "events.jsonl"
    judgments = load_judgments(target)
    added: dict[Key, Row] = {}
    for row in _jsonl(path):
        if row.get("verdict"):
            added.setdefault(judgment_key(row), standoff(row))
    _check_listed(path, list(added.values()), gold)
    judgments.update(added)
    _write_checked(target, list(judgments.values()), load_judgments)
    return len(added)


def add_main(path: Path, gold: Path) -> int:
    """Set the main events of the pages of ``path`` (``main.jsonl`` rows, or ``{"page", "none": true}``)
    in ``gold/main.jsonl``, replacing those pages' earlier rows, standoff fields only; returns how many
    rows were added."""
    target = gold / "main.jsonl"
    added = [_main_standoff(row) for row in _jsonl(path)]
    _check_listed(path, added, gold)
    pages = {row["page"] for row in added}
    kept = [row for row in _jsonl(target) if row["page"] not in pages]
    _write_checked(target, kept + added, load_main)
    return len(added)


def _write_checked(target: Path, rows: list[Row], load: Callable[[Path], object]) -> None:
    """Write ``rows`` to ``target`` only once ``load`` has read them back without an error from a scratch
    file beside it: a bad row leaves the gold file as it was."""
    scratch = target.with_suffix(".new")
    scratch.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    try:
        load(scratch)
    except Exception:
        scratch.unlink()
        raise
    scratch.replace(target)


def _main_standoff(row: Row) -> Row:
    if row.get("none"):
        return {"page": row["page"], "none": True}
    return {name: row.get(name) for name in MAIN_FIELDS}


def _check_listed(path: Path, rows: list[Row], gold: Path) -> None:
    listed = set(load_pages(gold / "pages.jsonl")) | set(load_articles(gold / "articles.jsonl"))
    for row in rows:
        if row["page"] not in listed:
            raise InputError(str(path), f"page {row['page'][:40]} is not one of {gold.name}'s pages")


def country(code: str | None) -> str | None:
    """The country part of an actor code: the whole code for an IGO, else its first three letters."""
    if not code:
        return None
    return code if code.startswith("IGO") else code[:3]


def _finds(row: Row, item: Main) -> bool:
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


def _jsonl(path: Path) -> list[Row]:
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
