"""End to end speed of newsevents against bare spaCy ``nlp.pipe`` on the same clean texts, per process count.

    python bench/run.py [--processes 1 2] [--rounds 1] [--limit N] [--json PATH] [PATH ...]

Inputs: ``examples/`` and, when present, ``../shared/data/html/scrapinghub-aeb`` (or the PATHs given), read
into memory first; reading files is timed for neither contender.

newsevents runs what ``newsevents ingest`` runs (``store.runner``): batches of raw records go to
``store.rows.process_batch`` (ingest, parse, every stage, rows) and then to the single ``Writer`` of a fresh
DuckDB store. With one process everything runs in one process; with N processes, N spawned workers code
and the parent writes, as the runner does. Bare spaCy runs ``nlp.pipe(texts, n_process=N)`` with the same
model and batch size on the clean texts of the same articles (the ones ingest accepts). Both contenders load
the model (and newsevents its data tables) before the clock starts, each in a fresh process, so peak RSS
(``resource.getrusage``) is theirs alone.

The ratio is newsevents' articles/s over spaCy's: 1.0 means the pipeline costs no more than the parse. It
is given in wall time and in CPU time (all processes of a contender, summed): CPU time is steadier on a
machine that other jobs share. Per-stage figures are CPU seconds in the coding processes, measured by
wrapping the stage functions in the workers (the library is not changed); "store: write" is the writer's.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "examples", ROOT.parent / "shared" / "data" / "html" / "scrapinghub-aeb" / "html"]
STAGES = (
    "ingest",
    "parse",
    "actors",
    "times",
    "places",
    "quotes",
    "events",
    "other",
    "store: rows",
    "store: write",
)
WARM_TEXT = (
    "WASHINGTON, March 3 (Reuters) - President Joe Biden met Chinese President Xi Jinping in Geneva on "
    'Monday. "We will not accept threats," Biden told reporters, and he urged Beijing to resume talks.\n\n'
    "Russian forces shelled Kharkiv on Tuesday, Ukraine's defence ministry said."
)


@dataclass
class Result:
    """One contender at one process count."""

    contender: str
    processes: int
    articles: int
    words: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: list[float]  # per coding (or parsing) process
    stages_cpu_s: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.wall_s

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["articles_per_s"] = round(self.rate, 2)
        out["words_per_s"] = round(self.words / self.wall_s)
        out["articles_per_cpu_s"] = round(self.articles / self.cpu_s, 2)
        return out


# --- inputs ---------------------------------------------------------------------------------------------


def default_paths() -> list[str]:
    return [str(p) for p in DEFAULT_PATHS if p.exists()]


def read_inputs(paths: list[str], limit: int | None = None) -> list:
    from newsevents import ingest

    return list(islice(ingest.read(paths), limit))


def clean_texts(records: list) -> list[str]:
    """The clean text of every record that ingest accepts: what bare spaCy gets."""
    from newsevents import ingest
    from newsevents.errors import InputError

    texts = []
    for record in records:
        try:
            texts.append(ingest.to_document(record).text)
        except InputError:
            pass
    return texts


def batches(records: list, size: int) -> Iterator[list]:
    it = iter(records)
    while chunk := list(islice(it, size)):
        yield chunk


# --- the instrumented worker -------------------------------------------------------------------------------

_spent: Counter[str] = Counter()
_ready: Any = None


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _timed(name: str, func):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            _spent[name] += time.process_time() - start

    return wrapper


def _timed_iter(name: str, func):
    """Time a generator function: the time spent inside each ``next``."""

    def wrapper(*args, **kwargs):
        items = func(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                _spent[name] += time.process_time() - start
            yield item

    return wrapper


def _instrument() -> None:
    """Wrap, in this process only, the functions ``process_batch`` reaches: ingest, the parse, each stage
    and ``code_many`` (whose time beyond those is "other"; ``process_batch`` beyond it is "store: rows")."""
    import newsevents
    from newsevents import ingest, nlp, pipeline

    stages = pipeline.default_stages
    pipeline.default_stages = lambda: [replace(s, func=_timed(s.name, s.func)) for s in stages()]
    ingest.to_document = _timed("ingest", ingest.to_document)
    nlp.parse_many = _timed_iter("parse", nlp.parse_many)
    newsevents.code_many = _timed_iter("code_many", newsevents.code_many)


def start_worker(barrier: Any = None) -> None:
    """Load the model and every data table (by coding one article), then instrument."""
    global _ready
    from newsevents.ingest import Record
    from newsevents.store.rows import process_batch

    _ready = barrier
    process_batch([Record("warm-up", text=WARM_TEXT, published="2024-03-04")])
    _instrument()


def worker_ready(_: int) -> int:
    """Block until every worker of the pool has started (so none starts while the clock runs)."""
    if _ready is not None:
        _ready.wait(600)
    return os.getpid()


def code_batch(records: list) -> tuple[dict, dict[str, float], float, int, float]:
    """The rows of a batch, the CPU seconds per stage, the CPU seconds in all, the pid and peak RSS (MB)."""
    from newsevents.store.rows import process_batch

    _spent.clear()
    cpu = time.process_time()
    out = process_batch(records)
    total = time.process_time() - cpu
    spent = dict(_spent)
    coding = spent.pop("code_many", 0.0)
    spent["other"] = coding - sum(spent.values())
    spent["store: rows"] = total - coding
    return out, spent, _cpu(), os.getpid(), _peak_mb()


def code_all(records: list, batch_size: int, db: str) -> tuple[float, float, Counter, int, int, float]:
    """One process, as ``newsevents ingest --workers 1``: code each batch and write it here.
    Wall seconds, CPU seconds, CPU seconds per stage, articles, words, peak RSS (MB)."""
    from newsevents.store.writer import Writer

    stages: Counter[str] = Counter()
    articles = words = 0
    wall, cpu = time.perf_counter(), _cpu()
    writer = Writer(db)
    for batch in batches(records, batch_size):
        fresh = writer.fresh(batch)
        if not fresh:
            continue
        out, spent, _, _, _ = code_batch(fresh)
        stages.update(spent)
        articles += len(out["articles"])
        words += sum(len(a["text"].split()) for a in out["articles"])
        start = time.process_time()
        writer.add(out)
        stages["store: write"] += time.process_time() - start
    start = time.process_time()
    writer.flush()
    stages["store: write"] += time.process_time() - start
    return time.perf_counter() - wall, _cpu() - cpu, stages, articles, words, _peak_mb()


# --- the contenders -------------------------------------------------------------------------------------


def run_newsevents(records: list, processes: int, batch_size: int) -> Result:
    context = get_context("spawn")
    barrier = context.Barrier(processes) if processes > 1 else None
    with (
        tempfile.TemporaryDirectory() as tmp,
        ProcessPoolExecutor(
            processes, mp_context=context, initializer=start_worker, initargs=(barrier,)
        ) as pool,
    ):
        db = str(Path(tmp) / "bench.duckdb")
        pids = set(pool.map(worker_ready, range(processes)))
        assert len(pids) == processes, pids
        if processes == 1:
            wall, cpu, stages, articles, words, rss = pool.submit(code_all, records, batch_size, db).result()
            return Result("newsevents", 1, articles, words, wall, cpu, [round(rss)], _rounded(stages))
        return _pooled(pool, records, processes, batch_size, db)


def _pooled(pool: ProcessPoolExecutor, records: list, processes: int, batch_size: int, db: str) -> Result:
    """N workers code, this process writes: ``store.runner``'s loop, with the workers' figures collected."""
    from newsevents.store.writer import Writer

    stages: Counter[str] = Counter()
    start_cpu: dict[int, float] = {}
    end_cpu: dict[int, float] = {}
    rss: dict[int, float] = {}
    articles = words = 0
    wall, own = time.perf_counter(), _cpu()
    # the workers' CPU clocks now: one probe per worker (the barrier spreads them)
    for pid, cpu in pool.map(_worker_cpu, range(processes)):
        start_cpu[pid] = cpu
    writer = Writer(db)

    def collect(future: Future) -> None:
        nonlocal articles, words
        out, spent, cpu, pid, peak = future.result()
        stages.update(spent)
        end_cpu[pid], rss[pid] = cpu, peak
        articles += len(out["articles"])
        words += sum(len(a["text"].split()) for a in out["articles"])
        start = time.process_time()
        writer.add(out)
        stages["store: write"] += time.process_time() - start

    flying: deque[Future] = deque()
    for batch in batches(records, batch_size):
        fresh = writer.fresh(batch)
        if fresh:
            flying.append(pool.submit(code_batch, fresh))
        if len(flying) >= 2 * processes:
            collect(flying.popleft())
    while flying:
        collect(flying.popleft())
    start = time.process_time()
    writer.flush()
    stages["store: write"] += time.process_time() - start
    wall = time.perf_counter() - wall
    cpu = _cpu() - own + sum(end_cpu[pid] - start_cpu.get(pid, end_cpu[pid]) for pid in end_cpu)
    return Result(
        "newsevents",
        processes,
        articles,
        words,
        wall,
        cpu,
        sorted(round(r) for r in rss.values()),
        _rounded(stages),
    )


def _worker_cpu(_: int) -> tuple[int, float]:
    worker_ready(0)
    return os.getpid(), _cpu()


def bare_model():
    """The same spaCy model without the newsevents sentence-break component: spaCy as it comes."""
    from newsevents import nlp

    model = nlp.load()
    if "newsevents_paragraphs" in model.pipe_names:
        model.disable_pipe("newsevents_paragraphs")
    return model


def start_spacy() -> None:
    list(bare_model().pipe([WARM_TEXT] * 4))


def parse_all(texts: list[str], processes: int, batch_size: int) -> tuple[float, float, float, list[float]]:
    """Bare ``nlp.pipe``: wall and CPU seconds (this process and its children), peak RSS (MB) of this process
    and of its largest child."""
    import multiprocessing

    model = bare_model()
    wall, cpu = time.perf_counter(), _cpu() + _children_cpu()
    for _ in model.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    wall = time.perf_counter() - wall
    for child in multiprocessing.active_children():  # reap spaCy's workers so their CPU time is counted
        child.join()
    cpu = _cpu() + _children_cpu() - cpu
    peaks = [_peak_mb()] if processes == 1 else [_peak_mb(resource.RUSAGE_CHILDREN)]
    return wall, cpu, _peak_mb(), peaks


def _children_cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def run_spacy(texts: list[str], processes: int, batch_size: int) -> Result:
    with ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=start_spacy) as pool:
        wall, cpu, _, peaks = pool.submit(parse_all, texts, processes, batch_size).result()
    words = sum(len(t.split()) for t in texts)
    return Result("spaCy nlp.pipe", processes, len(texts), words, wall, cpu, [round(p) for p in peaks])


def _rounded(stages: Counter) -> dict[str, float]:
    return {name: round(stages.get(name, 0.0), 3) for name in STAGES}


# --- the report -------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import spacy

    from newsevents import settings

    return {
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": settings.get("model"),
        "batch_size": settings.get("batch_size"),
    }


def compare(ours: Result, spacy: Result) -> dict[str, float]:
    return {
        "wall": round(ours.rate / spacy.rate, 3),
        "cpu": round((ours.articles / ours.cpu_s) / (spacy.articles / spacy.cpu_s), 3),
    }


def table(report: dict[str, Any]) -> str:
    """The report as plain text: one block of contenders per process count, then the stages."""
    lines = [
        f"{report['inputs']} inputs, {report['articles']} English articles, {report['words']:,} words; "
        f"{report['machine']['cpus']} CPUs (load {report['machine']['load_average'][0]} at start), "
        f"model {report['machine']['model']}, batch {report['machine']['batch_size']}",
        "",
        f"{'processes':>9}  {'contender':<15}{'articles/s':>11}{'words/s':>9}{'wall s':>8}{'CPU s':>8}"
        f"  peak RSS MB per process",
    ]
    for run in report["runs"]:
        for key in ("newsevents", "spacy"):
            r = run[key]
            lines.append(
                f"{r['processes']:>9}  {r['contender']:<15}{r['articles_per_s']:>11.1f}{r['words_per_s']:>9,}"
                f"{r['wall_s']:>8.1f}{r['cpu_s']:>8.1f}  {', '.join(str(m) for m in r['peak_rss_mb'])}"
            )
        ratio = run["ratio"]
        lines.append(
            f"{'':>9}  ratio {ratio['wall']:.2f} wall, {ratio['cpu']:.2f} CPU (target >= 0.8); "
            f"peak RSS {'<=' if max(run['newsevents']['peak_rss_mb']) <= 1024 else '>'} 1 GB per worker"
        )
    lines += ["", "CPU ms per article by stage (share of newsevents' coding CPU):"]
    header = "".join(
        f"{str(run['processes']) + ' process' + ('es' if run['processes'] > 1 else ''):>20}"
        for run in report["runs"]
    )
    lines.append(f"  {'stage':<14}{header}")
    for name in STAGES:
        cells = ""
        for run in report["runs"]:
            spent, total = run["newsevents"]["stages_cpu_s"], sum(run["newsevents"]["stages_cpu_s"].values())
            per = 1000 * spent[name] / max(run["newsevents"]["articles"], 1)
            cells += f"{per:>12.1f} {100 * spent[name] / total:>5.1f} %"
        lines.append(f"  {name:<14}{cells}")
    spacy_ms = [1000 * run["spacy"]["cpu_s"] / run["spacy"]["articles"] for run in report["runs"]]
    lines.append(f"  {'(bare spaCy)':<14}" + "".join(f"{ms:>12.1f}        " for ms in spacy_ms))
    return "\n".join(lines)


def bench(
    paths: list[str], processes: list[int], rounds: int = 1, limit: int | None = None, say=print
) -> dict[str, Any]:
    """Run both contenders at each process count ``rounds`` times (interleaved; the best round of each
    counts) and return the report."""
    from newsevents import settings

    records = read_inputs(paths, limit)
    texts = clean_texts(records)
    batch_size = settings.get("batch_size")
    best: dict[tuple[str, int], Result] = {}
    for round_ in range(rounds):
        for n in processes:
            for name, run in (
                ("newsevents", lambda n=n: run_newsevents(records, n, batch_size)),
                ("spacy", lambda n=n: run_spacy(texts, n, batch_size)),
            ):
                result = run()
                say(
                    f"round {round_ + 1}/{rounds}, {n} process(es), {name}: {result.wall_s:.1f} s wall, "
                    f"{result.cpu_s:.1f} s CPU"
                )
                if (name, n) not in best or result.wall_s < best[name, n].wall_s:
                    best[name, n] = result
    runs = []
    for n in processes:
        ours, spacy = best["newsevents", n], best["spacy", n]
        if ours.articles != spacy.articles:
            say(f"note: newsevents stored {ours.articles} articles, spaCy parsed {spacy.articles} texts")
        runs.append(
            {
                "processes": n,
                "newsevents": ours.to_dict(),
                "spacy": spacy.to_dict(),
                "ratio": compare(ours, spacy),
            }
        )
    return {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else "",
        "paths": paths,
        "inputs": len(records),
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "rounds": rounds,
        "machine": machine(),
        "runs": runs,
        "targets": {"ratio": 0.8, "peak_rss_mb_per_worker": 1024},
    }
