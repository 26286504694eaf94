"""Score quote extraction against brat attribution annotations (PolNeAR, PARC-style: Source, Cue, Content).

- content exact: the predicted quote and the gold content have the same ends once quote marks, spaces and
  edge punctuation are trimmed (a gold content in several pieces counts from its first piece to its last);
- content overlap: they share a character; predictions and gold are paired one to one, largest overlap first;
- source: among overlap pairs, the speaker's span shares a character with the gold source;
- speaker right: the share of overlap pairs whose gold has a source where the speaker is that source;
- cue: likewise for the cue span;
- quoted: content overlap on the gold contents and predictions that hold a quote mark (direct speech).

A predicted quote inside another predicted quote (a partial quote within a reported clause) is scored
through the outer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.document import Quote
from newsevents.eval import PRF
from newsevents.eval.split import Part, select

Fragments = list[tuple[int, int]]
QUOTE_MARKS = '"“”'
EDGE = " \t\r\n\"'“”‘’.,:;"
DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


@dataclass
class Attribution:
    content: Fragments
    source: Fragments = field(default_factory=list)
    cue: Fragments = field(default_factory=list)


@dataclass
class GoldArticle:
    id: str
    text: str
    published: str | None
    attributions: list[Attribution]


@dataclass
class QuoteScores:
    articles: int = 0
    exact: PRF = field(default_factory=PRF)
    overlap: PRF = field(default_factory=PRF)
    source: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    quoted: PRF = field(default_factory=PRF)
    matched: int = 0  # overlap pairs whose gold attribution names a source
    speaker_right: int = 0  # ... where the predicted speaker overlaps that source

    def report(self) -> str:
        return "\n".join(
            [
                f"articles       {self.articles}",
                self.exact.row("content exact"),
                self.overlap.row("content overlap"),
                self.source.row("source"),
                self.cue.row("cue"),
                self.quoted.row("quoted"),
                f"speaker right  {self.speaker_right / max(self.matched, 1):.3f} "
                f"({self.speaker_right} of {self.matched} matched quotes)",
            ]
        )


def load(folder: Path) -> list[GoldArticle]:
    """Every ``.ann`` file under ``folder`` with its text: beside it, or in ``../text/`` (PolNeAR's layout,
    where the annotation file name ends with the annotator's id)."""
    articles = []
    for ann in sorted(Path(folder).rglob("*.ann")):
        text_path = _text_path(ann)
        if text_path is None:
            continue
        date = DATE_IN_NAME.search(ann.name)
        articles.append(
            GoldArticle(
                ann.stem,
                text_path.read_text(encoding="utf-8"),
                date[1] if date else None,
                _attributions(ann.read_text(encoding="utf-8")),
            )
        )
    return articles


def _text_path(ann: Path) -> Path | None:
    for candidate in (
        ann.with_suffix(".txt"),
        ann.parent.parent / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt"),
    ):
        if candidate.exists():
            return candidate
    return None


def _attributions(brat: str) -> list[Attribution]:
    spans: dict[str, tuple[str, Fragments]] = {}
    relations = []
    for line in brat.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (
                    label,
                    [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))],
                )
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:] if ":" in arg))
    out = []
    for relation in relations:
        roles = {role: spans[ref][1] for role, ref in relation.items() if ref in spans}
        if "Content" in roles:
            out.append(Attribution(roles["Content"], roles.get("Source", []), roles.get("Cue", [])))
    return out


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The ends of ``text[start:end]`` without edge quote marks, spaces and punctuation."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _overlap(span: tuple[int, int], fragments: Fragments) -> int:
    return sum(max(0, min(span[1], b) - max(span[0], a)) for a, b in fragments)


def outermost(quotes: Iterable[Quote]) -> list[Quote]:
    """Quotes not inside another quote."""
    quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for quote in quotes:
        if not any(k.start <= quote.start and quote.end <= k.end for k in kept):
            kept.append(quote)
    return kept


def score_article(scores: QuoteScores, gold: GoldArticle, quotes: list[Quote]) -> None:
    """Add one article's comparison to the running scores."""
    scores.articles += 1
    text, predicted, golds = gold.text, outermost(quotes), gold.attributions
    exact_gold = {trimmed(text, g.content[0][0], g.content[-1][1]) for g in golds}
    exact_pred = {trimmed(text, q.start, q.end) for q in predicted}
    scores.exact.add(len(exact_gold & exact_pred), len(exact_pred), len(exact_gold))
    pairs = sorted(
        (
            (_overlap((q.start, q.end), g.content), i, j)
            for i, q in enumerate(predicted)
            for j, g in enumerate(golds)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    source_tp = cue_tp = quoted_tp = 0
    for size, i, j in pairs:
        if size <= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        quote, attribution = predicted[i], golds[j]
        quoted_tp += _marked(quote.text) and _marked(
            text[attribution.content[0][0] : attribution.content[-1][1]]
        )
        right = quote.speaker is not None and _overlap(
            (quote.speaker.start, quote.speaker.end), attribution.source
        )
        source_tp += bool(right)
        scores.matched += bool(attribution.source)
        scores.speaker_right += bool(right)
        if quote.cue is not None and _overlap((quote.cue.start, quote.cue.end), attribution.cue):
            cue_tp += 1
    scores.overlap.add(len(used_p), len(predicted), len(golds))
    scores.source.add(
        source_tp, sum(q.speaker is not None for q in predicted), sum(bool(g.source) for g in golds)
    )
    scores.cue.add(cue_tp, sum(q.cue is not None for q in predicted), sum(bool(g.cue) for g in golds))
    scores.quoted.add(
        quoted_tp,
        sum(_marked(q.text) for q in predicted),
        sum(_marked(text[g.content[0][0] : g.content[-1][1]]) for g in golds),
    )


def _marked(text: str) -> bool:
    return any(mark in text for mark in QUOTE_MARKS)


def article_key(article: GoldArticle) -> str:
    """The article's name without the annotator's id: the key of ``eval.split.part_of``."""
    return article.id.rsplit("_", 1)[0]


def evaluate(folder: Path, part: Part | None = None) -> QuoteScores:
    """Code every annotated article (parse, actors, quotes) of ``part`` (default all) and score its quotes."""
    from newsevents import nlp, pipeline
    from newsevents.document import Article, Document

    stages = [s for s in pipeline.default_stages() if s.name in ("actors", "quotes")]
    gold = select(load(folder), part, article_key)
    scores = QuoteScores()
    for article, parsed in zip(gold, nlp.parse_many(a.text for a in gold), strict=True):
        doc = Document(Article(article.id, article.text, published=article.published), spacy=parsed)
        score_article(scores, article, pipeline.run(doc, stages).quotes)
    return scores
