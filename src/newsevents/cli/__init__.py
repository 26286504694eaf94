"""The ``newsevents`` command: one small file per command group, each a thin wrapper over the library."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Turn raw news into political event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# Options that several commands share.
Include = Annotated[
    list[str] | None, typer.Option(help="In directories, read only files matching this glob.")
]
Exclude = Annotated[list[str] | None, typer.Option(help="In directories, skip files matching this glob.")]


def _min_confidence(value: float | None) -> float | None:
    """The confidence floor of this process and of the coding processes it starts (the environment)."""
    if value is not None:
        os.environ["NEWSEVENTS_MIN_EVENT_CONFIDENCE"] = str(value)
    return value


MinConfidence = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        callback=_min_confidence,
        help="Keep events of at least this confidence (default: the setting min_event_confidence); lower "
        "trades precision for recall.",
    ),
]


def day_option(value: str | None) -> str | None:
    """An option's date as YYYY-MM-DD; a value that is not one is refused with the accepted forms."""
    from newsevents.timex.normalize import user_day

    try:
        return user_day(value) if value is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        typer.echo(f"newsevents {version('newsevents')}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            help="Your actor tables: a folder or file, TSV under any name or PETRARCH2 actor/agent "
            "dictionary; your rows win. Repeatable."
        ),
    ] = None,
    patterns: Annotated[
        list[Path] | None,
        typer.Option(help="Your verb pattern files (a folder or TSV file), added to the packaged ones."),
    ] = None,
) -> None:
    """Turn raw news into political event data."""
    _extend_env("NEWSEVENTS_ACTORS", actors)
    _extend_env("NEWSEVENTS_PATTERNS", patterns)
    if actors:
        _report_actors(actors)


def _report_actors(paths: list[Path]) -> None:
    """Say what each actor file was read as and how many rows it gave; refuse one that cannot be read."""
    from newsevents.actors.lexicon import describe
    from newsevents.errors import DataFileError

    try:
        lines = describe(paths)
    except DataFileError as exc:
        raise typer.BadParameter(str(exc), param_hint="--actors") from exc
    for line in lines:
        typer.echo(line, err=True)


def _extend_env(name: str, paths: list[Path] | None) -> None:
    """Dictionaries are loaded once per process, from the environment: add the command line's paths to it."""
    for path in paths or []:
        if not path.exists():
            raise typer.BadParameter(f"{path}: no such file or folder")
        os.environ[name] = os.pathsep.join(filter(None, [os.environ.get(name), str(path)]))


def main() -> None:
    """Entry point of the console script."""
    from newsevents.cli import (
        code,  # noqa: F401 - each module registers its commands on ``app``
        eval,  # noqa: F401
        serve,  # noqa: F401
        store,  # noqa: F401
        train,  # noqa: F401
        train_quotes,  # noqa: F401
    )

    app()
