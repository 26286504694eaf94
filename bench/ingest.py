"""Speed of the ingest stage on an article-extraction benchmark, against bare ``trafilatura.extract``.

    python bench/ingest.py [DIR]   (default: ../shared/data/html/scrapinghub-aeb beside the repository)

Ingest here is everything ``newsevents`` does to a page before parsing: decode, extract with metadata (title,
date, author, site, canonical URL), clean, detect the language, parse the dateline and check for duplicates.
Each contender runs over the same pages ``--rounds`` times, interleaved; the best round counts, in CPU time
of this process (wall time swings with whatever else the machine runs; both are printed). The ratio is
ingest time over ``trafilatura.extract`` time, first given the page decoded to text (the strict comparison),
then given the same bytes ingest gets.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from newsevents.errors import InputError
from newsevents.ingest import Deduper, Record, to_document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "html" / "scrapinghub-aeb"


def ingest_all(pages: list[tuple[str, bytes]]) -> None:
    deduper = Deduper()
    for name, data in pages:
        try:
            deduper.check(to_document(Record(name, data=data)))
        except InputError:
            pass  # non-English pages are refused after extraction: their cost is counted


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds and wall seconds of one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted((args.directory / "html").glob("*.html.gz"))
    if not files:
        print(f"skipped: no benchmark pages under {args.directory}")
        return 0
    pages = [(f.name[: -len(".gz")], gzip.decompress(f.read_bytes())) for f in files]
    texts = [data.decode("utf-8", errors="replace") for _, data in pages]
    ingest_all(pages[:2])  # load the language model and date parser once, outside the timing
    trafilatura.extract(texts[0])
    contenders = {
        "ingest": lambda: ingest_all(pages),
        "extract(text)": lambda: [trafilatura.extract(text) for text in texts],
        "extract(bytes)": lambda: [trafilatura.extract(data) for _, data in pages],
    }
    seconds = {name: (float("inf"), float("inf")) for name in contenders}
    for _ in range(args.rounds):
        for name, run in contenders.items():
            seconds[name] = min(seconds[name], timed(run))
    for name, (cpu, wall) in seconds.items():
        print(
            f"{name:<16} {len(pages) / cpu:6.1f} pages/s  ({cpu / len(pages) * 1000:.1f} ms/page CPU, "
            f"{wall / len(pages) * 1000:.1f} wall)"
        )
    ingest = seconds["ingest"][0]
    print(f"ratio ingest / extract(text)   {ingest / seconds['extract(text)'][0]:.2f}")
    print(f"ratio ingest / extract(bytes)  {ingest / seconds['extract(bytes)'][0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
