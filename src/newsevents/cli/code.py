"""``newsevents code``: code articles and print the contract JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Annotated

import typer

from newsevents.cli import Exclude, Include, MinConfidence, app, day_option


@app.command("code")
def code_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or directories (text, HTML, JSON(L), WARC, RSS/Atom; also .gz), or - for stdin."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date, YYYY-MM-DD or written (9 March 2025); wins over the input's own.",
            callback=day_option,
        ),
    ] = None,
    url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read JSON Lines records; write one object per line.")
    ] = False,
    include: Include = None,
    exclude: Exclude = None,
    table: Annotated[
        bool, typer.Option("--table", help="Print each article's events as a table instead of JSON.")
    ] = False,
    min_confidence: MinConfidence = None,
) -> None:
    """Code articles into events, actors, quotes, times and places (the JSON contract)."""
    from newsevents import code_many
    from newsevents.ingest import mark_duplicates, read, read_jsonl

    paths = paths or ["-"]
    if jsonl:
        records = chain.from_iterable(
            read_jsonl(sys.stdin.buffer, "<stdin>") if path == "-" else read([path]) for path in paths
        )
        for doc in mark_duplicates(code_many(_with_defaults(records, published, url, title))):
            print(json.dumps(doc.to_dict(), ensure_ascii=False), flush=True)
        return
    records = _with_defaults(read(paths, include, exclude), published, url, title)
    first = list(islice(records, 2))
    if len(first) == 1:  # one input: one indented object, or one line saying why not
        doc = next(code_many(first))
        _warn(doc)
        if not doc.text and any(error.stage == "ingest" for error in doc.errors):
            raise typer.Exit(2)  # a refused input: its reason is on stderr
        _emit(doc, table, indent=2)
        return
    for doc in mark_duplicates(code_many(chain(first, records))):
        _warn(doc)
        _emit(doc, table)


def _warn(doc) -> None:
    """Ingest errors (a refusal, a cut text, a bad date) go to stderr, one line each."""
    for error in doc.errors:
        if error.stage == "ingest":
            typer.echo(f"newsevents: {error.message}", err=True)


def _emit(doc, table: bool, indent: int | None = None) -> None:
    if table:
        _print_table(doc.to_dict())
    else:
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent), flush=True)


def _print_table(out: dict) -> None:
    """The events of one coded article, one row each, with the words that justify them."""
    from rich.console import Console
    from rich.table import Table

    article = out["article"]
    caption = f"{len(out['events'])} events, {len(out['actors'])} actors, {len(out['quotes'])} quotes"
    grid = Table(
        title=f"{article['title'] or article['id']} ({article['published'] or 'no date'})",
        caption=caption,
    )
    for name in ("source", "trigger", "target", "CAMEO", "PLOVER", "modality", "date", "conf.", "sentence"):
        grid.add_column(name, overflow="fold", min_width=30 if name == "sentence" else None)
    for event in out["events"]:
        source, target, plover = event["source"], event["target"], event["plover"]
        grid.add_row(
            _actor(source),
            event["trigger"]["text"],
            _actor(target),
            f"{event['cameo']} {event['cameo_name'] or ''}".rstrip(),
            " ".join(filter(None, [plover["type"], plover["mode"]])),
            event["modality"],
            event["date"] or "",
            f"{event['confidence']:.2f}",
            _excerpt(article["text"], event["sentence"], event["trigger"]["start"]),
        )
    Console(width=max(Console().width, 120)).print(grid)


def _excerpt(text: str, sentence: dict, trigger: int, width: int = 70) -> str:
    """The event's sentence, or a stretch of it around the trigger when it is longer than ``width``."""
    start = max(sentence["start"], min(trigger - width // 3, sentence["end"] - width))
    if start > sentence["start"]:  # from the start of a word
        start = text.find(" ", start, trigger) + 1 or start
    shown = " ".join(text[start : sentence["end"]].split())
    cut = shown if len(shown) <= width else shown[:width].rsplit(" ", 1)[0] + " …"
    return ("… " if start > sentence["start"] else "") + cut


def _actor(ref: dict | None) -> str:
    return f"{ref['text']} [{ref['code'] or '?'}]" if ref else ""


def _with_defaults(records: Iterable, published: str | None, url: str | None, title: str | None) -> Iterator:
    """Explicit options win over what the records say."""
    for record in records:
        record.published = published or record.published
        record.url = url or record.url
        record.title = title or record.title
        yield record
