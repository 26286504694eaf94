"""``newsevents serve``: the HTTP API and dashboard over a store (a thin wrapper over ``api.create_app``)."""

from __future__ import annotations

import errno
import socket
from typing import Annotated

import typer

from newsevents.cli import app

SHUTDOWN_SECONDS = 3  # on SIGTERM or Ctrl-C, requests still running after this are cut off


@app.command("serve")
def serve_command(
    db: Annotated[str, typer.Option("--db", help="The DuckDB store file.")] = "newsevents.duckdb",
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; anything but loopback exposes the store to the network."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="Open the store writable; add POST /api/articles (code and store).",
        ),
    ] = False,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(help="Allow cross-origin requests from this origin (repeatable); none by default."),
    ] = None,
    max_body: Annotated[int, typer.Option(help="Largest request body, in bytes.")] = 1_000_000,
) -> None:
    """Serve the JSON API (/api, spec at /docs) and the dashboard (/) of a store, read-only by default."""
    import ipaddress

    import uvicorn

    from newsevents.api import LOOPBACK_HOSTS, Options, create_app
    from newsevents.errors import NewsEventsError

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    options = Options(db, allow_writes, cors_origin or [], max_body, LOOPBACK_HOSTS if loopback else None)
    try:
        server = create_app(options)
    except NewsEventsError as exc:
        typer.echo(f"newsevents: {exc}", err=True)
        raise typer.Exit(1) from exc
    listening = _listen(host, port)
    typer.echo(f"newsevents: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    config = uvicorn.Config(server, log_level="warning", timeout_graceful_shutdown=SHUTDOWN_SECONDS)
    uvicorn.Server(config).run(sockets=[listening])


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to the address, before anything says it is served; a taken port or an address that
    is not this machine's is one line with what to do, and exit 1."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listening = socket.socket(family, socket.SOCK_STREAM)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
    except OSError as exc:
        hint = f"; is another server running there? choose another with --port {port + 1}"
        typer.echo(
            f"newsevents: cannot listen on {host}:{port}: {exc.strerror or exc}"
            + (hint if exc.errno == errno.EADDRINUSE else ""),
            err=True,
        )
        raise typer.Exit(1) from exc
    return listening
