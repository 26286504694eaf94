"""``newsevents train-quotes``: rebuild the quote cue-frame model from brat attributions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli import app


@app.command("train-quotes")
def train_quotes_command(
    directory: Annotated[
        Path,
        typer.Argument(
            exists=True, file_okay=False, help="brat attributions (Source, Cue, Content), as PolNeAR train."
        ),
    ],
    out: Annotated[Path, typer.Option(dir_okay=False, help="Where to write the model JSON.")] = Path(
        "quote-model.json"
    ),
) -> None:
    """Train the quote cue-frame model (settings: data/quotes/train.json) and write its weights as JSON.
    Use it with NEWSEVENTS_QUOTE_MODEL=OUT."""
    from newsevents.quotes.train import train

    try:
        model = train(directory, out)
    except ValueError as exc:
        raise typer.BadParameter(f"{directory}: {exc}") from exc
    figures = model["trained_on"]
    typer.echo(
        f"{out}: {len(model['weights'])} weights from {figures['articles']} articles "
        f"({figures['right']} of {figures['candidates']} candidates right); "
        f"use it with NEWSEVENTS_QUOTE_MODEL={out}"
    )
