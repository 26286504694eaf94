"""``newsevents code``: code articles and print the contract JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Annotated

import typer

from newsevents.cli import app


@app.command("code")
def code_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or directories (text, HTML, JSON(L), WARC, RSS/Atom; also .gz), or - for stdin."
        ),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (wins over the input's own).")
    ] = None,
    url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
    title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read JSON Lines records; write one object per line.")
    ] = False,
    include: Annotated[
        list[str] | None, typer.Option(help="In directories, read only files matching this glob.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="In directories, skip files matching this glob.")
    ] = None,
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
        _fail_on_ingest_error(doc)
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    for doc in mark_duplicates(code_many(chain(first, records))):
        for error in doc.errors:
            if error.stage == "ingest":
                typer.echo(f"newsevents: {error.message}", err=True)
        print(json.dumps(doc.to_dict(), ensure_ascii=False), flush=True)


def _with_defaults(records: Iterable, published: str | None, url: str | None, title: str | None) -> Iterator:
    """Explicit options win over what the records say."""
    for record in records:
        record.published = published or record.published
        record.url = url or record.url
        record.title = title or record.title
        yield record


def _fail_on_ingest_error(doc) -> None:
    for error in doc.errors:
        if error.stage == "ingest":
            typer.echo(f"newsevents: {error.message}", err=True)
            raise typer.Exit(2)
