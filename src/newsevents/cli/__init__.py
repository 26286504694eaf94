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


@app.callback()
def _root(
    actors: Annotated[
        list[Path] | None,
        typer.Option(help="Your actor tables (a folder or TSV file); your rows win. Repeatable."),
    ] = None,
    patterns: Annotated[
        list[Path] | None,
        typer.Option(help="Your verb pattern files (a folder or TSV file), added to the packaged ones."),
    ] = None,
) -> None:
    """Turn raw news into political event data."""
    _extend_env("NEWSEVENTS_ACTORS", actors)
    _extend_env("NEWSEVENTS_PATTERNS", patterns)


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
    )

    app()
