"""``newsevents eval``: score each stage on a gold data set and print the figures (one command per stage)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli import app
from newsevents.eval.split import PARTS

eval_app = typer.Typer(help="Score a stage against gold data and print the figures.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
PartName = Enum("PartName", {part: part for part in PARTS}, type=str)
PART_OPTION = typer.Option(help="Score only the tune or the check part (eval.split; default: all).")


@eval_app.command("extract")
def extract_command(
    directory: Annotated[
        Path,
        typer.Argument(
            exists=True, file_okay=False, help="A benchmark: html/<id>.html.gz and ground-truth.json."
        ),
    ],
) -> None:
    """Score text extraction (4-word shingle precision, recall, F1) and title and date finding."""
    from newsevents.eval.extract import evaluate

    typer.echo(evaluate(directory).report())


@eval_app.command("quotes")
def quotes_command(
    directory: Path = typer.Argument(
        ..., exists=True, file_okay=False, help="brat attributions (Source, Cue, Content), as PolNeAR dev."
    ),
    part: Annotated[PartName, PART_OPTION] = None,
) -> None:
    """Score quotes: content exact and overlap, source and cue P/R/F1, speaker right on matched quotes."""
    from newsevents.eval.quotes import evaluate

    typer.echo(evaluate(directory, part and part.value).report())


@eval_app.command("places")
def places_command(
    path: Path = typer.Argument(
        None, exists=True, dir_okay=False, help="Gold JSONL (default: data/gold/places.jsonl)."
    ),
    show: int = typer.Option(0, help="Also print this many wrongly resolved mentions."),
) -> None:
    """Score place resolution: accuracy over gold mentions, and detection precision and recall."""
    from newsevents.eval.places import GOLD_PATH, evaluate

    gold = path or GOLD_PATH
    if not gold.exists():
        typer.echo(f"newsevents: {gold}: no such gold set", err=True)
        raise typer.Exit(2)
    typer.echo(evaluate(gold).report(show))


@eval_app.command("events")
def events_command(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold", exists=True, dir_okay=False, help="Gold file (default: data/gold/events.jsonl)."
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, petrarch or conflibert (default: by extension).")
    ] = None,
    actors: Annotated[Path, typer.Option(help="Extra actor tables (a folder of TSV files).")] = None,
    part: Annotated[PartName, PART_OPTION] = None,
) -> None:
    """Score event coding: root, full code, dyad and triple P/R/F1, a confusion table, five-class macro-F1."""
    from newsevents.eval.events import GOLD_PATH, evaluate

    typer.echo(evaluate(gold or GOLD_PATH, fmt, actors, part and part.value).report())


@eval_app.command("args")
def args_command(
    path: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, help="ConfliBERT source/target BIO (cameo_ner_train.txt)."
        ),
    ],
    part: Annotated[PartName, PART_OPTION] = None,
) -> None:
    """Score the main event's source and target spans by word overlap: P/R/F1 for sources, targets, all."""
    from newsevents.eval.args import evaluate

    typer.echo(evaluate(path, part and part.value).report())


@eval_app.command("actors")
def actors_command(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold", exists=True, dir_okay=False, help="Gold JSONL (default: data/gold/actors.jsonl)."
        ),
    ] = None,
    bio: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="Also score span recall on a ConfliBERT BIO file."),
    ] = None,
    part: Annotated[
        PartName, typer.Option(help="Score only the tune or the check part (eval.split; default: each).")
    ] = None,
) -> None:
    """Score actor resolution: mentions found, right code, country and sector, by kind of mention."""
    from newsevents.eval.actors import GOLD_PATH, evaluate_gold

    for one in [part.value] if part else PARTS:
        typer.echo(evaluate_gold(gold or GOLD_PATH, one).report())
    if bio is not None:
        from newsevents.eval.actors import evaluate_bio

        for role, (n, found) in evaluate_bio(bio).items():
            name = "source" if role == "S" else "target"
            typer.echo(f"{bio.name} {name} spans: {found}/{n} found ({found / max(n, 1):.3f})")


@eval_app.command("judged")
def judged_command(
    directory: Annotated[
        Path,
        typer.Argument(
            exists=True,
            file_okay=False,
            help="A benchmark (html/<id>.html.gz, ground-truth.json) or a folder of <stem>.txt articles.",
        ),
    ],
    export: Annotated[
        Path, typer.Option(dir_okay=False, help="Write the events to judge here (JSONL, not in the package).")
    ] = None,
    add: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="First add the judged rows of this export file."),
    ] = None,
    add_main: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="First set the main events of this file's pages."),
    ] = None,
    every: Annotated[
        bool, typer.Option("--every-candidate", help="Export every rule candidate, not the emitted events.")
    ] = False,
) -> None:
    """Judged precision on real political news: strict and lenient precision, main-event recall, by part,
    for the emitted events and for the rules alone. The gold is data/gold/judged for a benchmark and
    data/gold/judged-polnear for a folder of text articles."""
    from newsevents.errors import NewsEventsError
    from newsevents.eval import judged

    gold = judged.gold_for(directory)
    try:
        if add is not None:
            typer.echo(f"{judged.add_judgments(add, gold)} judgments added from {add}")
        if add_main is not None:
            typer.echo(f"{judged.add_main(add_main, gold)} main-event rows set from {add_main}")
        typer.echo(judged.evaluate(directory, gold, export, every).report())
    except NewsEventsError as exc:
        typer.echo(f"newsevents: {exc}", err=True)
        raise typer.Exit(2) from None
