"""``newsevents train``: rebuild the event confidence model from gold files (``events.train``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli import app


@app.command("train")
def train_command(
    gold: Annotated[
        list[Path] | None,
        typer.Option(
            "--gold",
            exists=True,
            dir_okay=False,
            help="Gold file (project JSONL or PETRARCH XML; format by extension). Repeatable.",
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option(dir_okay=False, help="Where to write the model JSON (default: the packaged one).")
    ] = None,
    pages: Annotated[
        Path,
        typer.Option(
            exists=True,
            file_okay=False,
            help="Also train on the judged events (data/gold/judged) of this benchmark's pages "
            "(../shared/data/html/scrapinghub-aeb).",
        ),
    ] = None,
    part: Annotated[
        str, typer.Option(help="Train on the tune part of each file (eval.split), or on all of it.")
    ] = "all",
) -> None:
    """Train the event confidence model on the candidates the coder proposes for gold sentences."""
    from newsevents.events.confidence import MODEL_PATH
    from newsevents.events.train import add_judged, collect, fit, write

    if part not in ("tune", "all"):
        raise typer.BadParameter(f"--part {part!r}: choose tune or all (the check part is never trained on)")
    if not gold and pages is None:
        raise typer.BadParameter("give at least one --gold FILE or --pages DIR")
    chosen = None if part == "all" else "tune"
    examples = collect([(path, None) for path in gold or []], chosen)
    if pages is not None:
        for failed in add_judged(examples, pages, chosen):
            typer.echo(f"newsevents train: judged page not coded: {failed}", err=True)
    try:
        report = fit(examples)
    except ValueError as exc:
        typer.echo(f"newsevents train: {exc}", err=True)
        raise typer.Exit(2) from None
    target = out or MODEL_PATH
    write(report, target, "newsevents " + " ".join(sys.argv[1:]))
    typer.echo(report.summary())
    typer.echo(f"written: {target}; suggested NEWSEVENTS_MIN_EVENT_CONFIDENCE={report.threshold:.2f}")
