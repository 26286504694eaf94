"""Speed of ``newsevents ingest`` end to end into DuckDB, against bare spaCy ``nlp.pipe`` on the same texts.

    python bench/corpus.py [--articles 1000] [--workers N] [--profile 200]

The articles are real news from ../shared: PolNeAR's texts, then the scrapinghub benchmark's HTML pages.
Both contenders run in this process with the same number of processes (``--workers``, default one per CPU):
the ingest reads, extracts, parses, runs every stage, deduplicates, writes and clusters; spaCy only parses
the clean texts the ingest extracts. Wall time and CPU time (this process and its children) are printed:
CPU time is steadier on a machine that other jobs share. A profile of ``--profile`` articles in one process
then shows where the time goes, the store's share included.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsevents import ingest, nlp, pipeline, settings
from newsevents.document import Document
from newsevents.errors import InputError
from newsevents.store import rows
from newsevents.store.runner import run
from newsevents.store.writer import Writer

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def inputs(count: int) -> list[str]:
    texts = sorted((SHARED / "quotes" / "polnear").glob("*/text/*.txt"))
    pages = sorted((SHARED / "html" / "scrapinghub-aeb" / "html").glob("*.html.gz"))
    return [str(p) for p in (texts + pages)[:count]]


def timed(work: Callable[[], object]) -> tuple[object, float, float]:
    """The result, wall seconds and CPU seconds (this process and its finished children) of one call."""

    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    wall, used = time.perf_counter(), cpu()
    result = work()
    return result, time.perf_counter() - wall, cpu() - used


def clean_texts(paths: list[str]) -> list[Document]:
    docs = []
    for record in ingest.read(paths):
        try:
            docs.append(ingest.to_document(record))
        except InputError:
            pass
    return docs


def profile(docs: list, db: Path) -> Counter[str]:
    """CPU seconds per step for these documents, coded in this process and stored."""
    spent: Counter[str] = Counter()

    def step(name: str, work: Callable[[], object]) -> object:
        start = time.process_time()
        result = work()
        spent[name] += time.process_time() - start
        return result

    parsed = step("spaCy parse", lambda: list(nlp.parse_many(d.text for d in docs)))
    for doc, parse in zip(docs, parsed, strict=True):
        doc.spacy = parse
        for stage in pipeline.default_stages()[1:]:
            doc = step(stage.name, lambda doc=doc, stage=stage: stage.func(doc))
    batch = step("store: rows", lambda: rows(docs))
    writer = step("store: open", lambda: Writer(db))
    step("store: dedup", lambda: writer.add(batch))
    step("store: write + clusters", writer.flush)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--profile", type=int, default=200)
    args = parser.parse_args()
    paths = inputs(args.articles)
    if not paths:
        print(f"skipped: no articles under {SHARED}")
        return 0
    docs = clean_texts(paths)
    texts = [d.text for d in docs]
    nlp.load()
    with tempfile.TemporaryDirectory() as tmp:
        summary, wall, cpu = timed(lambda: run(Path(tmp) / "bench.duckdb", paths, workers=args.workers))
        _, spacy_wall, spacy_cpu = timed(
            lambda: list(
                nlp.load().pipe(texts, batch_size=settings.get("batch_size"), n_process=args.workers)
            )
        )
        sample = clean_texts(paths[: args.profile + 1])
        profile(sample[:1], Path(tmp) / "warm.duckdb")  # the stages load their data on first use
        sample = sample[1:]
        spent = profile(sample, Path(tmp) / "profile.duckdb")
    print(
        f"{len(paths)} inputs, {len(texts)} English articles, {args.workers} workers, {os.cpu_count()} CPUs"
    )
    spacy_rate = len(texts) / spacy_wall
    print(
        f"bare spaCy nlp.pipe: {spacy_rate:6.1f} articles/s ({spacy_wall:.0f} s wall, {spacy_cpu:.0f} s CPU)"
    )
    print(
        f"newsevents ingest:   {summary.articles / wall:6.1f} articles/s ({wall:.0f} s wall, {cpu:.0f} s CPU)"
    )
    wall_ratio = summary.articles / wall / spacy_rate
    cpu_ratio = (summary.articles / cpu) / (len(texts) / spacy_cpu)
    print(f"ratio (ingest/spaCy): {wall_ratio:.2f} wall, {cpu_ratio:.2f} CPU (target >= 0.8)")
    total = sum(spent.values())
    print(f"where the CPU time goes, {len(sample)} articles in one process:")
    for name, seconds in spent.most_common():
        print(f"  {name:24s} {1000 * seconds / len(sample):7.1f} ms/article  {100 * seconds / total:5.1f} %")
    store = sum(s for name, s in spent.items() if name.startswith("store"))
    print(f"the store costs {100 * store / spent['spaCy parse']:.1f} % of the spaCy parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
