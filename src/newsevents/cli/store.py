"""``newsevents ingest | load | query | events | dyads | quotes | export``: the corpus store from the shell.

Each command is a thin wrapper over ``newsevents.Corpus``; this module only parses options and prints.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from newsevents import settings
from newsevents.cli import Exclude, Include, MinConfidence, app, day_option

DB_HELP = "The DuckDB store file."
DEFAULT_DB = "newsevents.duckdb"
PATHS_HELP = "Files or directories (text, HTML, JSON/JSONL, WARC, RSS/Atom; also .gz), or - for stdin."
FORMAT_HELP = "Output: table, csv or json (one object per line)."
UNDATED_NAMED = 20  # inputs with undated events named in the ingest summary


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str] | None, typer.Argument(help=PATHS_HELP)] = None,
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    workers: int = typer.Option(
        None, help="Coding processes (default: one per CPU; 1 codes in this process)."
    ),
    include: Include = None,
    exclude: Exclude = None,
    follow_links: bool = typer.Option(
        False, "--follow-links", help="Read symbolic links that lead out of a folder given (not by default)."
    ),
    retry_failures: bool = typer.Option(False, "--retry-failures", help="Code the inputs that failed again."),
    engine: str = typer.Option(
        "local", help="local, or ray: code on a Ray cluster into --out (docs/scaling.md)."
    ),
    address: str = typer.Option(
        None, help="With --engine ray: auto or ray://HOST:PORT (default: start Ray here)."
    ),
    out: str = typer.Option(
        None, "--out", help="With --engine ray: the dataset directory to write (or s3://...)."
    ),
    published: str = typer.Option(
        None,
        help="Publication date for records without one, YYYY-MM-DD or written (9 March 2025); a record's "
        "own date wins.",
        callback=day_option,
    ),
    min_confidence: MinConfidence = None,
) -> None:
    """Code articles into the store; inputs stored before are skipped, so a rerun resumes."""
    from newsevents.store import runner
    from newsevents.store.corpus import check_paths

    if follow_links:
        settings.override(follow_links=1)
    if engine != "local":
        _ingest_ray(engine, paths or [], out, address, workers, include, exclude)
        return
    if not paths and not retry_failures:
        raise typer.BadParameter("give at least one PATH (or --retry-failures)")
    with _errors():
        check_paths(paths or [])  # before the store is created
    corpus = _corpus(db)
    total = None if retry_failures or "-" in (paths or []) else runner.count_inputs(paths, include, exclude)
    with _errors(), _progress(total) as tick:
        if retry_failures:
            summary = corpus.retry(workers, tick)
        else:
            summary = corpus.ingest(paths or [], workers, include, exclude, tick, published)
    _print_summary(summary)


def _ingest_ray(
    engine: str,
    paths: list[str],
    out: str | None,
    address: str | None,
    workers: int | None,
    include: list[str] | None,
    exclude: list[str] | None,
) -> None:
    """``ingest --engine ray``: a thin wrapper over ``newsevents.scale.ray.run`` (the ``ray`` extra)."""
    if engine != "ray" or not out or not paths:
        raise typer.BadParameter("--engine is local or ray; ray needs PATHs and --out DATASET_DIR")
    with _errors():
        from newsevents.scale.ray import run

        result = run(paths, out, address, workers, include, exclude)
    rows = result.rows
    typer.echo(
        f"{rows['inputs']} inputs from {result.files} files in {result.seconds:.1f} s, {result.rate:.1f} "
        f"articles/s on {result.workers} workers\nwrote {out}: {rows['articles']} articles, "
        f"{rows['events']} events, {rows['quotes']} quotes, {rows['failures']} failures\n"
        f"store it: newsevents load {out} --db FILE"
    )


@app.command("load")
def load_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Contract JSON Lines files (`newsevents code --jsonl`), or one dataset directory "
            "(`ingest --engine ray`)."
        ),
    ],
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
) -> None:
    """Store articles coded before (contract JSON Lines, or a Ray dataset) without coding them again."""
    from newsevents import scale

    corpus = _corpus(db)
    with _errors(), _progress(None) as tick:
        if len(paths) == 1 and scale.is_dataset(paths[0]):
            summary = scale.load(db, paths[0], tick)
        else:
            summary = corpus.load(paths, tick)
    _print_summary(summary)


@app.command("query")
def query_command(
    sql: str = typer.Argument(..., help="One SQL statement; the store is opened read-only."),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Run read-only SQL over the store's tables (see docs/store.md for the schema)."""
    _show(lambda corpus: corpus.query(sql), db, fmt)


@app.command("events")
def events_command(
    actor: str = typer.Option(None, help="A CAMEO code prefix (RUS), a country code or part of a name."),
    since: str = typer.Option(None, help="First day, YYYY-MM-DD.", callback=day_option),
    until: str = typer.Option(None, help="Last day, YYYY-MM-DD.", callback=day_option),
    root: int = typer.Option(None, help="CAMEO root code, 1-20."),
    modality: str = typer.Option(None, help="asserted, negated, hypothetical, future or speculative."),
    clusters: bool = typer.Option(False, "--clusters", help="Real-world events (clusters), not reports."),
    limit: int = typer.Option(None, help="At most this many rows."),
    columns: str = typer.Option(
        None,
        help="Comma-separated columns to show (default: every column for csv and json; for the table of "
        "reports date, source, event, target, modality, confidence and the sentence).",
    ),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Event reports (or, with --clusters, real-world events) matching the filters."""
    picked = [c.strip() for c in columns.split(",") if c.strip()] if columns else None

    def fetch(corpus):
        if clusters:
            return corpus.clusters(actor=actor, since=since, until=until, root=root, limit=limit)
        return corpus.events(actor=actor, since=since, until=until, root=root, modality=modality, limit=limit)

    compact = not clusters and fmt == "table" and picked is None
    _show(lambda c: _columns(fetch(c), picked, compact), db, fmt)


# The table of ``newsevents events``: a few columns a terminal holds, each built from the query's columns.
COMPACT = {
    "date": lambda r: str(r["date"] or ""),
    "source": lambda r: _actor(r["source_name"], r["source_code"]),
    "event": lambda r: f"{r['cameo']} {r['cameo_name'] or ''}".strip(),
    "target": lambda r: _actor(r["target_name"], r["target_code"]),
    "modality": lambda r: r["modality"],
    "confidence": lambda r: f"{r['confidence']:.2f}",
    "sentence": lambda r: _excerpt(r["sentence"] or ""),
}


def _columns(table, picked: list[str] | None, compact: bool):
    """The columns asked for (an unknown one is a ValueError naming those there are), or the compact view."""
    import pyarrow as pa

    if picked:
        unknown = [c for c in picked if c not in table.column_names]
        if unknown:
            raise ValueError(f"no column {', '.join(unknown)}: choose from {', '.join(table.column_names)}")
        return table.select(picked)
    if not compact:
        return table
    rows = table.to_pylist()
    return pa.table({name: [make(r) for r in rows] for name, make in COMPACT.items()})


def _actor(name: str | None, code: str | None) -> str:
    return f"{name} [{code}]" if name and code else name or code or ""


def _excerpt(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + " …"


@app.command("dyads")
def dyads_command(
    by: str = typer.Option("day", help="Period: day, week, month or year."),
    since: str = typer.Option(None, help="First day, YYYY-MM-DD.", callback=day_option),
    until: str = typer.Option(None, help="Last day, YYYY-MM-DD.", callback=day_option),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Country pairs per period: real-world events, reports and mean Goldstein score."""
    _show(lambda corpus: corpus.dyads(by, since, until), db, fmt)


@app.command("quotes")
def quotes_command(
    speaker: str = typer.Option(None, help="Part of the speaker's name, or a code prefix."),
    since: str = typer.Option(None, help="First publication day, YYYY-MM-DD.", callback=day_option),
    until: str = typer.Option(None, help="Last publication day, YYYY-MM-DD.", callback=day_option),
    limit: int = typer.Option(None, help="At most this many rows."),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help=FORMAT_HELP),
) -> None:
    """Quotes with their speakers and articles."""
    _show(lambda corpus: corpus.quotes(speaker=speaker, since=since, until=until, limit=limit), db, fmt)


@app.command("export")
def export_command(
    fmt: str = typer.Option(..., "--format", help="parquet, csv, gdelt or plover."),
    out: str = typer.Option(..., "--out", help="The directory to write into (created)."),
    db: str = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
) -> None:
    """Export the store: Parquet or CSV of every table, GDELT 2.0 events and mentions, PLOVER JSON Lines."""
    with _errors():
        for path in _corpus(db, read_only=True).export(fmt, out):
            typer.echo(str(path))


def _corpus(db: str, read_only: bool = False):
    from newsevents.store import Corpus

    with _errors():
        return Corpus(db, read_only=read_only)


@contextmanager
def _errors() -> Iterator[None]:
    """Print a store or argument problem as one line and exit 1."""
    from newsevents.errors import NewsEventsError

    try:
        yield
    except (NewsEventsError, ValueError) as exc:
        typer.echo(f"newsevents: {exc}", err=True)
        raise typer.Exit(1) from exc


def _show(fetch: Callable[[Any], Any], db: str, fmt: str) -> None:
    if fmt not in ("table", "csv", "json"):
        raise typer.BadParameter(f"--format {fmt!r}: use table, csv or json")
    with _errors():
        table = fetch(_corpus(db, read_only=True))
    if fmt == "csv":
        import pyarrow.csv

        pyarrow.csv.write_csv(table, sys.stdout.buffer)
    elif fmt == "json":
        for row in table.to_pylist():
            print(json.dumps(row, ensure_ascii=False, default=str))
    else:
        from rich.console import Console
        from rich.table import Table

        view = Table()
        for name in table.column_names:
            view.add_column(name, overflow="fold", min_width=len(name) if len(name) <= 10 else None)
        for row in table.to_pylist():
            view.add_row(*("" if v is None else str(v) for v in row.values()))
        Console(width=max(Console().width, 120)).print(view)


@contextmanager
def _progress(total: int | None) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr with articles/s and the time left; yields the function that advances it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (BarColumn(), MofNCompleteColumn(), _rate_column(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=total)
        yield lambda done: bar.advance(task, done)


def _rate_column():
    """Articles per second over the whole run so far (rich's own speed needs ticks close together, and
    shows 0.0 between the batches of an ingest)."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            elapsed = task.elapsed or 0
            return Text(f"{task.completed / elapsed if elapsed else 0:.1f} articles/s")

    return Rate()


def _print_summary(summary) -> None:
    failures = ", ".join(f"{n} {kind}" for kind, n in summary.failures.most_common()) or "none"
    typer.echo(
        f"{summary.inputs} inputs ({summary.skipped} stored before) in {summary.seconds:.1f} s, "
        f"{summary.rate:.1f} articles/s\n"
        f"stored: {summary.articles} articles ({summary.duplicates} duplicates), {summary.events} events, "
        f"{summary.quotes} quotes\nfailures: {failures}"
    )
    if summary.undated:
        inputs = summary.undated.most_common()
        named = ", ".join(f"{source} ({n})" for source, n in inputs[:UNDATED_NAMED])
        if len(inputs) > UNDATED_NAMED:
            named += f" and {len(inputs) - UNDATED_NAMED} more inputs (the events WHERE date IS NULL)"
        typer.echo(
            f"undated: {summary.undated.total()} events have no date (no publication day, none in the text) "
            f"and enter no series or export: {named}; give --published DATE"
        )
