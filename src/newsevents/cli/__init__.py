"""The ``newsevents`` command: one small file per command group, each a thin wrapper over the library."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Turn raw news into political event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn raw news into political event data."""


def main() -> None:
    """Entry point of the console script."""
    from newsevents.cli import (
        code,  # noqa: F401 - each module registers its commands on ``app``
        eval,  # noqa: F401
        serve,  # noqa: F401
        store,  # noqa: F401
    )

    app()
