"""``newsevents serve``: the command serves the example store, and says why when it cannot."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner


def test_serve_serves_the_store(store_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = Path(sys.executable).with_name("newsevents")  # the venv's console script
    command = [str(script), "serve", "--db", str(store_path), "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        deadline, about = time.monotonic() + 30, None
        while about is None and time.monotonic() < deadline and server.poll() is None:
            try:
                about = httpx.get(f"http://127.0.0.1:{port}/api/about").json()
            except httpx.TransportError:
                time.sleep(0.2)
        assert about, server.stderr.read() if server.poll() is not None else "no answer in 30 s"
        assert about["allow_writes"] is False and about["counts"]["articles"] > 0
        assert "<title>newsevents</title>" in httpx.get(f"http://127.0.0.1:{port}/").text
        assert httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"}).status_code == 405
    finally:
        server.terminate()
        server.wait(10)


def test_serve_says_when_there_is_no_store(tmp_path):
    import newsevents.cli.serve  # noqa: F401 - registers the command
    from newsevents.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such store" in result.output


def test_serve_on_a_taken_port_says_so_before_serving(store_path):
    import newsevents.cli.serve  # noqa: F401 - registers the command
    from newsevents.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(store_path), "--port", str(port)])
    assert result.exit_code == 1 and "serving" not in result.output
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output
