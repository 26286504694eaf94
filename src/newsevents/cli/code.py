"""``newsevents code``: code articles and print the contract JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from newsevents.cli import app


@app.command("code")
def code_command(
    paths: list[str] = typer.Argument(None, help="Files (.txt, .html, .htm, .gz), or - for stdin."),
    published: str = typer.Option(None, help="Publication date YYYY-MM-DD (wins over the page's)."),
    url: str = typer.Option(None, help="The article's URL."),
    title: str = typer.Option(None, help="The article's title."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Read JSON Lines records; write one object per line."),
) -> None:
    """Code articles into events, actors, quotes, times and places (the JSON contract)."""
    from newsevents import code_many
    from newsevents.ingest import Record, read_jsonl

    paths = paths or ["-"]
    if jsonl:
        for path in paths:
            records = read_jsonl(sys.stdin.buffer if path == "-" else Path(path), "<stdin>" if path == "-" else path)
            for doc in code_many(_with_defaults(records, published, url, title)):
                print(json.dumps(doc.to_dict(), ensure_ascii=False), flush=True)
        return
    records = []
    for path in paths:
        record = Record(path, published=published, url=url, title=title)
        try:
            record.data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            _fail(f"{path}: cannot read: {exc.strerror or exc}")
        records.append(record)
    docs = list(code_many(records))
    for doc in docs:
        failed = [e for e in doc.errors if e.stage == "ingest"]
        if failed:
            _fail(failed[0].message)
    for doc in docs:
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=None if len(docs) > 1 else 2))


def _with_defaults(records, published, url, title):
    for record in records:
        record.published = record.published or published
        record.url = record.url or url
        record.title = record.title or title
        yield record


def _fail(message: str) -> None:
    typer.echo(f"newsevents: {message}", err=True)
    raise typer.Exit(2)
